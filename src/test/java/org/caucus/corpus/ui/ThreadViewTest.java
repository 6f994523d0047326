package org.caucus.corpus.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.caucus.corpus.WorkingGroupArchive.ALICE;
import static org.caucus.corpus.WorkingGroupArchive.BOB;
import static org.caucus.corpus.WorkingGroupArchive.CAROL;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.caucus.ViewTest;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.ThreadMessage;
import org.caucus.corpus.WorkingGroupArchive;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.project.ui.OpenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** The thread tree is reached by the thread's id alone, so it reads a project of its own. */
class ThreadViewTest extends ViewTest {

    @Autowired
    CorpusService corpus;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    CodebookService codebook;

    @Autowired
    CodingService coding;

    @Autowired
    ApplicationContext context;

    Project project;
    long threadId;

    @BeforeEach
    void openTheEnhancedCooperationThread() {
        project = projects.create("thread-view-" + UUID.randomUUID());
        WorkingGroupArchive.importInto(importer, project);
        threadId = corpus.findMessages(project, MessageFilter.EVERYTHING, PageRequest.of(0, 1))
                .getFirst()
                .threadId();
        UI.getCurrent().navigate("threads/" + threadId);
    }

    @Test
    void a_thread_is_shown_as_an_indented_tree_opened_all_the_way_down() {
        TreeGrid<ThreadMessage> sut = sut();

        ThreadMessage start = sut.getTreeData().getRootItems().getFirst();
        ThreadMessage bobsFirst = sut.getTreeData().getChildren(start).getFirst();
        assertThat(sut.getTreeData().getRootItems())
                .as("starts")
                .extracting(ThreadMessage::poster)
                .containsExactly(ALICE);
        assertThat(sut.getTreeData().getChildren(start))
                .as("replies to Alice")
                .extracting(ThreadMessage::poster)
                .containsExactly(BOB, BOB);
        assertThat(sut.getTreeData().getChildren(bobsFirst))
                .as("replies to Bob's first")
                .extracting(ThreadMessage::poster)
                .containsExactly(CAROL);
        assertThat(_size(sut)).as("rows shown, every level opened").isEqualTo(4);
        assertThat(_getFormattedRow(sut, 2))
                .as(
                        "third row: subject without the list's tag, poster, date in UTC (23:30 -05:00 by her clock), coded passages")
                .containsExactly("Re: Enhanced cooperation", CAROL, "2013-11-04 04:30", "0");
        assertThat(_get(Span.class, spec -> spec.withClasses("thread-size")).getText())
                .as("size and coded messages")
                .isEqualTo("4 messages, 0 coded");
        assertThat(_get(H2.class).getText()).as("heading").isEqualTo("[wgig] Enhanced cooperation");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Show in the message list"))
                        .getHref())
                .as("link to the thread in the message list")
                .isEqualTo("?thread=" + threadId);
    }

    @Test
    void a_reply_chain_thousands_deep_is_shown_whole_with_its_deepest_replies_listed_under_the_hundredth_level() {
        Project deep = projects.create("deep-thread-" + UUID.randomUUID());
        StringBuilder chain = new StringBuilder();
        int depth = 6_000;
        for (int i = 0; i < depth; i++) {
            chain.append("From a@example.org Wed Nov 13 01:00:00 2013\nFrom: a@example.org\nMessage-ID: <d")
                    .append(i)
                    .append("@example.org>\n")
                    .append(i == 0 ? "" : "In-Reply-To: <d" + (i - 1) + "@example.org>\n")
                    .append("Date: Wed, 13 Nov 2013 01:00:00 +0000\nSubject: Re: deep\n\nReply ")
                    .append(i)
                    .append(".\n\n");
        }
        importer.importStream(
                deep,
                "deep.mbox",
                new ByteArrayInputStream(chain.toString().getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
        long deepThread = corpus.findMessages(deep, MessageFilter.EVERYTHING, PageRequest.of(0, 1))
                .getFirst()
                .threadId();

        UI.getCurrent().navigate("threads/" + deepThread);

        assertThat(_size(sut())).as("rows shown").isEqualTo(depth);
        assertThat(_get(Span.class, spec -> spec.withClasses("thread-size")).getText())
                .as("size")
                .startsWith("6,000 messages");
        assertThat(_get(Span.class, spec -> spec.withClasses("thread-flattened"))
                        .getText())
                .as("the note on the deepest replies")
                .isEqualTo("Replies below the 100th level are listed under it, in the order they were sent.");
    }

    @Test
    void clicking_a_message_of_the_thread_opens_it_in_the_reader() {
        TreeGrid<ThreadMessage> sut = sut();
        ThreadMessage start = sut.getTreeData().getRootItems().getFirst();
        long carols = sut.getTreeData()
                .getChildren(sut.getTreeData().getChildren(start).getFirst())
                .getFirst()
                .id();

        _clickItem(sut, 2);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("address after the click")
                .isEqualTo("messages/" + carols);
    }

    @Test
    void a_thread_is_read_in_its_own_project_with_the_passages_coded_there() {
        Issue issue = codebook.addIssue(project, "Enhanced cooperation", null);
        long position = codebook.addPosition(issue, "A working group", null, "#1f77b4", '1')
                .getId();
        String body = corpus.read(threadId).orElseThrow().body();
        String phrase = body.strip().lines().findFirst().orElseThrow();
        int start = body.indexOf(phrase);
        coding.code(new CodingRequest(
                threadId,
                new PassageRange(start, start + phrase.length(), phrase),
                position,
                StanceQualifier.SUPPORTS,
                null));

        UI.getCurrent().navigate("threads/" + threadId);

        assertThat(context.getBean(OpenProject.class).project().map(Project::getId))
                .as("the open project")
                .contains(project.getId());
        assertThat(_get(Span.class, spec -> spec.withClasses("thread-size")).getText())
                .as("size and coded messages")
                .isEqualTo("4 messages, 1 coded");
        assertThat(_getFormattedRow(sut(), 0))
                .as("the first message's row")
                .last()
                .isEqualTo("1");
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<ThreadMessage> sut() {
        return _get(TreeGrid.class);
    }
}
