package org.caucus.coding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.caucus.coding.PassageChange;

/** Who created, changed and deleted the coded passages of one message, deleted ones included. */
class PassageHistoryDialog extends Dialog {

    private final HistoryGrid grid = new HistoryGrid(false);
    private final Paragraph empty = new Paragraph("Nobody has coded this message yet.");

    PassageHistoryDialog() {
        setHeaderTitle("History of this message's coded passages");
        setWidth("min(60rem, 95vw)");
        addClassName("message-history");
        grid.setAllRowsVisible(true);
        add(empty, grid);
        getFooter().add(new Button("Close", click -> close()));
    }

    void open(List<PassageChange> changes) {
        grid.show(changes);
        empty.setVisible(changes.isEmpty());
        grid.setVisible(!changes.isEmpty());
        open();
    }
}
