package org.caucus.corpus.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ListNamesService;
import org.caucus.corpus.ListTags;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageListRow;
import org.caucus.corpus.ThreadMessage;
import org.caucus.corpus.ThreadTree;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.shared.Counted;
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

    /** How deep the tree goes; no real discussion comes near it. */
    static final int LEVELS = 100;

    private final TreeGrid<ThreadMessage> tree = new TreeGrid<>();
    private final H2 subject = new H2();
    private final Span size = new Span();
    private final Span deepest =
            new Span("Replies below the " + LEVELS + "th level are listed under it, in the order they were sent.");
    private final RouterLink inMessageList = new RouterLink("Show in the message list", MessagesView.class);

    ThreadView(CorpusService corpus, ListNamesService listNames, OpenProject openProject) {
        this.corpus = corpus;
        this.openProject = openProject;
        // The earlier names of renamed lists, whose tags the subjects still carry.
        ListTags listTags = openProject.project().map(listNames::listTags).orElse(ListTags.NONE);
        setSizeFull();
        tree.addClassName("thread-tree");
        tree.addHierarchyColumn(message -> listTags.removed(message.subject(), listOf(message)))
                .setHeader("Subject")
                .setTooltipGenerator(ThreadMessage::subject)
                .setFlexGrow(1);
        tree.addColumn(ThreadMessage::poster)
                .setHeader("From")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(message -> SentAt.format(message.sentAt()))
                .setHeader(SentAt.HEADER)
                .setTooltipGenerator(message -> SentAt.bySendersClock(message.sentAt()))
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
        deepest.addClassName("thread-flattened");
        deepest.setVisible(false);
        add(subject, size, deepest, inMessageList, tree);
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
        size.setText(Counted.of(thread.size(), "message") + ", " + "%,d".formatted(coded) + " coded");
        inMessageList.setQueryParameters(QueryParameters.of(MessagesView.THREAD_PARAMETER, String.valueOf(threadId)));
        tree.setTreeData(treeData(thread));
        // Opened all the way down: a thread is read as a whole.
        tree.expandRecursively(thread.starts(), LEVELS);
    }

    /**
     * The tree, level by level, to {@link #LEVELS} levels; the replies below the last are listed under it in the
     * order they came, since Vaadin's tree walks its levels by recursion, which a reply chain thousands of messages
     * deep (a mail loop, never a discussion) overflowed.
     */
    private TreeData<ThreadMessage> treeData(ThreadTree thread) {
        TreeData<ThreadMessage> data = new TreeData<>();
        data.addRootItems(thread.starts());
        boolean flattened = false;
        Deque<Map.Entry<ThreadMessage, Integer>> toAdd = new ArrayDeque<>();
        thread.starts().forEach(start -> toAdd.add(Map.entry(start, 1)));
        while (!toAdd.isEmpty()) {
            Map.Entry<ThreadMessage, Integer> next = toAdd.pop();
            ThreadMessage message = next.getKey();
            int level = next.getValue();
            if (level < LEVELS) {
                List<ThreadMessage> replies = thread.repliesTo(message);
                data.addItems(message, replies);
                replies.forEach(reply -> toAdd.add(Map.entry(reply, level + 1)));
            } else {
                List<ThreadMessage> below = allBelow(thread, message);
                data.addItems(message, below);
                flattened |= below.size() > thread.repliesTo(message).size();
            }
        }
        deepest.setVisible(flattened);
        return data;
    }

    private static List<ThreadMessage> allBelow(ThreadTree thread, ThreadMessage message) {
        List<ThreadMessage> below = new ArrayList<>();
        Deque<ThreadMessage> toVisit = new ArrayDeque<>(thread.repliesTo(message));
        while (!toVisit.isEmpty()) {
            ThreadMessage reply = toVisit.pop();
            below.add(reply);
            List<ThreadMessage> replies = thread.repliesTo(reply);
            for (int i = replies.size() - 1; i >= 0; i--) {
                toVisit.push(replies.get(i));
            }
        }
        return below;
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
