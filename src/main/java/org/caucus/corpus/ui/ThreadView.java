package org.caucus.corpus.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ListTag;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageListRow;
import org.caucus.corpus.ThreadMessage;
import org.caucus.corpus.ThreadTree;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.springframework.data.domain.Pageable;

/**
 * A thread as an indented reply tree, fully opened, with the passages coded in each message; a
 * click opens a message in the reader.
 */
@PermitAll
@Route("threads/:threadId")
class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String THREAD_ID = "threadId";

    private final CorpusService corpus;
    private final OpenProject openProject;
    /** The thread's messages as the message list has them: their list and their coded passages. */
    private Map<Long, MessageListRow> rows = Map.of();

    private final TreeGrid<ThreadMessage> tree = new TreeGrid<>();
    private final H2 subject = new H2();
    private final Span size = new Span();
    private final RouterLink inMessageList = new RouterLink("Show in the message list", MessagesView.class);

    ThreadView(CorpusService corpus, OpenProject openProject) {
        this.corpus = corpus;
        this.openProject = openProject;
        setSizeFull();
        tree.addClassName("thread-tree");
        tree.addHierarchyColumn(message -> ListTag.removed(message.subject(), listOf(message)))
                .setHeader("Subject")
                .setTooltipGenerator(ThreadMessage::subject)
                .setFlexGrow(1);
        tree.addColumn(ThreadMessage::poster)
                .setHeader("From")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(message -> SentAt.format(message.sentAt()))
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(this::passagesIn)
                .setKey("passages")
                .setHeader("Coded passages")
                .setPartNameGenerator(message -> passagesIn(message) == 0 ? "uncoded" : "coded")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addItemClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate("messages/" + click.getItem().id())));
        tree.setSizeFull();
        size.addClassName("thread-size");
        add(subject, size, inMessageList, tree);
    }

    static RouteParameters parameters(long threadId) {
        return new RouteParameters(THREAD_ID, String.valueOf(threadId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long threadId = event.getRouteParameters().getLong(THREAD_ID).orElseThrow(NotFoundException::new);
        ThreadTree thread = corpus.thread(threadId).orElseThrow(NotFoundException::new);
        subject.setText(thread.subject());
        // A thread is read in its own project, as a message is: a link from another project's workbook opens it.
        Project project = openProject.open(thread.projectId());
        rows =
                corpus
                        .findMessages(project, MessageFilter.EVERYTHING.withThreadId(threadId), Pageable.unpaged())
                        .stream()
                        .collect(Collectors.toMap(MessageListRow::id, Function.identity()));
        long coded =
                rows.values().stream().filter(row -> row.annotationCount() > 0).count();
        size.setText((thread.size() == 1 ? "1 message" : thread.size() + " messages") + ", " + coded + " coded");
        inMessageList.setQueryParameters(QueryParameters.of(MessagesView.THREAD_PARAMETER, String.valueOf(threadId)));
        tree.setItems(thread.starts(), thread::repliesTo);
        // Opened all the way down: a thread is read as a whole, and threads are short enough.
        tree.expandRecursively(thread.starts(), Integer.MAX_VALUE);
    }

    private long passagesIn(ThreadMessage message) {
        MessageListRow row = rows.get(message.id());
        return row == null ? 0 : row.annotationCount();
    }

    private String listOf(ThreadMessage message) {
        MessageListRow row = rows.get(message.id());
        return row == null ? null : row.listName();
    }

    @Override
    public String getPageTitle() {
        return subject.getText() + " · Caucus";
    }
}
