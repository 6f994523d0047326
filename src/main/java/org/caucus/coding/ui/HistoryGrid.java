package org.caucus.coding.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.caucus.coding.PassageChange;
import org.caucus.project.ui.AnalystZone;

/** The history of coded passages, latest first: when, who, what they did, and from what to what. */
class HistoryGrid extends Grid<PassageChange> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** @param withMessage whether to name each entry's message, as a page over many messages must */
    HistoryGrid(boolean withMessage) {
        ZoneId zone = AnalystZone.ofBrowser();
        addClassName("passage-history");
        addColumn(change -> WHEN.format(change.at().atZone(zone)))
                .setHeader("When (" + zone.getId() + ")")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(PassageChange::by).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        addColumn(change -> change.kind().label())
                .setHeader("Did")
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (withMessage) {
            addComponentColumn(change -> new Anchor("messages/" + change.messageId(), change.subject()))
                    .setHeader("Message")
                    .setFlexGrow(1);
        }
        addColumn(PassageChange::what).setHeader("Passage: from what to what").setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    }

    void show(List<PassageChange> changes) {
        setItems(changes);
    }
}
