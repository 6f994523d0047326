package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caucus.codebook.CodebookService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ListNamesService;
import org.caucus.corpus.ListTags;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageListRow;
import org.caucus.corpus.ThreadTree;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.shared.Counted;

/**
 * The project's messages in date order, with how many passages each holds, narrowed by list,
 * participant, dates, thread, coded or not, and position; a click opens one in the reader. The
 * filters live in the address ({@code ?thread=ID&coded=uncoded}), so a filtered list can be
 * linked to and the back button returns to it.
 */
@PermitAll
@Route("")
// A message is at /messages/12, so an analyst who cuts its number off expects the list there.
@RouteAlias("messages")
@PageTitle("Messages · Caucus")
class MessagesView extends VerticalLayout implements BeforeEnterObserver {

    static final String THREAD_PARAMETER = MessageFilterParameters.THREAD;

    // About the width of a letter of a row's text, Lumo's body font at 1rem.
    private static final double REM_PER_LETTER = 0.6;

    private final CorpusService corpus;
    private final Optional<Project> project;
    private final Grid<MessageListRow> grid = new Grid<>();
    private final Span count = new Span();
    private final MessageFilterBar filters;
    // Offered while one list is shown: the list to rename is the one the analyst is looking at.
    private final Button renameList = new Button("Rename list…");
    private final Button mergeSpelledAlike = new Button();
    private final ListNamesService listNames;
    // The earlier names of renamed lists, whose tags the subjects still carry.
    private ListTags listTags;
    // Package-private for the view test: a context menu is no child of the grid, so no locator finds it.
    final GridContextMenu<MessageListRow> rowActions;

    MessagesView(
            CorpusService corpus,
            ImportHistory history,
            CodebookService codebook,
            ListNamesService listNames,
            OpenProject openProject) {
        this.corpus = corpus;
        this.listNames = listNames;
        this.project = openProject.project();
        this.listTags = project.map(listNames::listTags).orElse(ListTags.NONE);
        setSizeFull();
        filters = new MessageFilterBar(
                corpus,
                history,
                project,
                project.map(shown -> codebook.positions(shown.getId())).orElse(List.of()));
        filters.addFilterChangeListener(changed -> showMessages());
        count.addClassName("message-count");
        rowActions = grid.addContextMenu();
        configureGrid();
        renameList.addClassName("rename-list");
        renameList.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        renameList.addClickListener(click -> project.ifPresent(shown -> new RenameListDialog(
                        listNames, shown, filters.value().listName(), filters.listNames(), this::listsChanged)
                .open()));
        mergeSpelledAlike.addClassName("merge-spelled-alike");
        mergeSpelledAlike.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mergeSpelledAlike.addClickListener(click -> project.ifPresent(shown -> new MergeSpelledAlikeDialog(
                        listNames,
                        shown,
                        listNames.spelledAlike(shown),
                        () -> listsChanged(filters.value().listName()))
                .open()));
        showMergeSpelledAlike();
        HorizontalLayout heading = new HorizontalLayout(new H2("Messages"), renameList, mergeSpelledAlike);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters, count, grid);
    }

    private void configureGrid() {
        grid.addClassName("message-list");
        grid.setEmptyStateText("No message is in these filters. A project's messages come in on the Import page.");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> SentAt.format(row.sentAt()))
                .setHeader(SentAt.HEADER)
                .setTooltipGenerator(row -> SentAt.bySendersClock(row.sentAt()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // A width of their own rather than auto width, which measures the first rows only: a name or a list on a later
        // page, longer than those, would be cut.
        grid.addColumn(MessageListRow::poster)
                .setHeader("From")
                .setTooltipGenerator(MessageListRow::poster)
                .setWidth("13rem")
                .setFlexGrow(0);
        grid.addColumn(row -> listTags.removed(row.subject(), row.listName()))
                .setKey("subject")
                .setHeader("Subject")
                .setTooltipGenerator(MessageListRow::subject)
                .setFlexGrow(1);
        grid.addColumn(row -> row.annotationCount() == 0 ? "uncoded" : "coded")
                .setKey("coded")
                .setHeader("Status")
                .setPartNameGenerator(row -> row.annotationCount() == 0 ? "uncoded" : "coded")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MessageListRow::annotationCount)
                .setKey("passages")
                .setHeader("Passages")
                .setTooltipGenerator(row -> row.annotationCount() + " coded passages")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MessageListRow::listName)
                .setKey("list")
                .setHeader("List")
                .setWidth(listColumnWidth())
                .setFlexGrow(0);
        // A link rather than a click handler: the grid leaves clicks on links to them, so a row
        // click still opens the message.
        grid.addComponentColumn(MessagesView::threadLink)
                .setKey("thread")
                .setHeader("Thread")
                .setAutoWidth(true)
                .setFlexGrow(0);
        project.ifPresent(shown ->
                grid.setItemsPageable(pageable -> corpus.findMessages(shown, filters.value(), pageable), pageable -> {
                    // The grid counts once per change of filter; the label shows the same figure
                    // rather than asking the database a second time.
                    long matching = corpus.countMessages(shown, filters.value());
                    count.setText(Counted.of(matching, "message"));
                    return matching;
                }));
        grid.addItemClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate("messages/" + click.getItem().id())));
        rowActions.setDynamicContentHandler(row -> row != null && row.threadId() != null);
        rowActions.addItem(
                "Show only this thread", click -> click.getItem().ifPresent(chosen -> chooseThread(chosen.threadId())));
        rowActions.addItem(
                "Open the thread tree",
                click -> click.getItem()
                        .ifPresent(chosen -> getUI().ifPresent(ui ->
                                ui.navigate(ThreadView.class, ThreadView.parameters(chosen.threadId())))));
        grid.setSizeFull();
    }

    /**
     * Room for the project's longest list name, and for the header. In rem, not ch: a ch of the header's smaller font
     * is narrower than one of the rows', so the header's columns would drift from the rows'.
     */
    private String listColumnWidth() {
        int longest =
                filters.listNames().stream().mapToInt(String::length).max().orElse(0);
        return String.format(Locale.ROOT, "%.1frem", (Math.max(longest, "List".length()) + 3) * REM_PER_LETTER);
    }

    private static RouterLink threadLink(MessageListRow row) {
        if (row.threadId() == null) {
            return new RouterLink();
        }
        RouterLink link = new RouterLink("Thread", ThreadView.class, ThreadView.parameters(row.threadId()));
        link.addClassName("thread-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MessageFilter chosen = MessageFilterParameters.read(event.getLocation().getQueryParameters());
        filters.show(chosen, chosen.threadId() == null ? null : describe(chosen.threadId()));
        showRenameList();
        grid.getDataProvider().refreshAll();
    }

    private void listsChanged(String shown) {
        listTags = project.map(listNames::listTags).orElse(ListTags.NONE);
        filters.listsChanged(shown);
        grid.getColumnByKey("list").setWidth(listColumnWidth());
        showMergeSpelledAlike();
    }

    /** Offered while the project has lists that differ in case alone, as imports before one spelling left them. */
    private void showMergeSpelledAlike() {
        List<List<String>> spelledAlike = ListNamesService.spelledAlike(filters.listNames());
        mergeSpelledAlike.setVisible(!spelledAlike.isEmpty());
        mergeSpelledAlike.setText("Merge lists spelled alike (%d)…"
                .formatted(spelledAlike.stream()
                        .mapToInt(spellings -> spellings.size() - 1)
                        .sum()));
    }

    private void showRenameList() {
        String list = filters.value().listName();
        renameList.setVisible(list != null && filters.listNames().contains(list));
    }

    private String describe(long threadId) {
        return corpus.thread(threadId).map(MessagesView::describe).orElse("#" + threadId + ", which holds no messages");
    }

    private void chooseThread(long threadId) {
        filters.chooseThread(threadId, describe(threadId));
    }

    private static String describe(ThreadTree thread) {
        return "%s (%s)".formatted(thread.subject(), Counted.of(thread.size(), "message"));
    }

    private void showMessages() {
        showRenameList();
        grid.getDataProvider().refreshAll();
        // Keep the address in step with the filters, so that the list can be bookmarked or sent on.
        QueryParameters query = MessageFilterParameters.of(filters.value(), Map.of());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("", query)));
    }
}
