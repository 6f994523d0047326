package org.caucus.corpus.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageRow;
import org.caucus.project.ProjectService;

/** The project's messages in date order; a click opens one in the reader. */
@Route("")
@PageTitle("Messages · Caucus")
class MessagesView extends VerticalLayout {

    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    MessagesView(CorpusService corpus, ProjectService projects) {
        setSizeFull();
        Grid<MessageRow> grid = new Grid<>();
        grid.addClassName("message-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.sentAt() == null ? "" : SENT_AT.format(row.sentAt()))
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MessageRow::poster).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MessageRow::subject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(MessageRow::listName)
                .setHeader("List")
                .setAutoWidth(true)
                .setFlexGrow(0);
        projects.findDefault()
                .ifPresent(project -> grid.setItemsPageable(
                        pageable -> corpus.findMessages(project, pageable).getContent()));
        grid.addItemClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate("messages/" + click.getItem().id())));
        grid.setSizeFull();
        add(new H2("Messages"), grid);
    }
}
