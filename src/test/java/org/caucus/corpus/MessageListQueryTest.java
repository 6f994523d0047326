package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caucus.corpus.WorkingGroupArchive.ALICE;
import static org.caucus.corpus.WorkingGroupArchive.BOB;
import static org.caucus.corpus.WorkingGroupArchive.CAROL;
import static org.caucus.corpus.WorkingGroupArchive.DAVE;
import static org.caucus.corpus.WorkingGroupArchive.IGF;
import static org.caucus.corpus.WorkingGroupArchive.WGIG;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The message list's queries, through the corpus service that the views call. */
@IntegrationTest
class MessageListQueryTest {

    @Autowired
    CorpusService sut;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportHistory history;

    Project project;

    @BeforeEach
    void importTheWorkingGroupArchive() {
        project = projects.create("message-list-" + UUID.randomUUID());
        WorkingGroupArchive.importInto(importer, project);
    }

    @Test
    void with_no_filter_every_message_is_listed_in_date_order_with_the_undated_last() {
        List<MessageListRow> rows = sut.findMessages(project, MessageFilter.EVERYTHING, Pageable.unpaged());

        assertThat(rows)
                .as("posters in date order")
                .extracting(MessageListRow::poster)
                .containsExactly(ALICE, BOB, ALICE, CAROL, BOB, BOB, DAVE);
        assertThat(sut.countMessages(project, MessageFilter.EVERYTHING))
                .as("count")
                .isEqualTo(7);
    }

    @Test
    void a_page_holds_only_its_own_rows() {
        List<MessageListRow> secondPage = sut.findMessages(project, MessageFilter.EVERYTHING, PageRequest.of(1, 2));

        assertThat(secondPage)
                .as("third and fourth message")
                .extracting(MessageListRow::poster, MessageListRow::listName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ALICE, IGF),
                        org.assertj.core.groups.Tuple.tuple(CAROL, WGIG));
    }

    @Test
    void the_list_filter_keeps_one_list() {
        MessageFilter igf = MessageFilter.EVERYTHING.withListName(IGF);

        assertThat(sut.findMessages(project, igf, Pageable.unpaged()))
                .as("subjects on igf")
                .extracting(MessageListRow::subject)
                .containsExactly("[igf] Venue", "[igf] Re: Venue");
        assertThat(sut.countMessages(project, igf)).as("count on igf").isEqualTo(2);
        assertThat(sut.listNames(project)).as("list names").containsExactly(IGF, WGIG);
    }

    @Test
    void the_participant_filter_keeps_what_one_person_posted() {
        MessageFilter bob = MessageFilter.EVERYTHING.withPosterId(posterId(BOB));

        assertThat(sut.findMessages(project, bob, Pageable.unpaged()))
                .as("messages by Bob")
                .extracting(MessageListRow::poster)
                .containsExactly(BOB, BOB, BOB);
        assertThat(sut.countMessages(project, bob)).as("count by Bob").isEqualTo(3);
    }

    @Test
    void the_date_range_takes_whole_utc_days_at_both_ends_and_leaves_out_undated_messages() {
        MessageFilter secondToThird =
                MessageFilter.EVERYTHING.withSentFrom(LocalDate.of(2013, 11, 2)).withSentTo(LocalDate.of(2013, 11, 3));

        assertThat(sut.findMessages(project, secondToThird, Pageable.unpaged()))
                .as("messages of 2 and 3 November UTC; Carol's evening of the 3rd is the 4th in UTC")
                .extracting(MessageListRow::poster)
                .containsExactly(BOB, ALICE);
        assertThat(sut.countMessages(project, MessageFilter.EVERYTHING.withSentFrom(LocalDate.of(2013, 11, 4))))
                .as("count from 4 November on")
                .isEqualTo(3);
        assertThat(sut.countMessages(project, MessageFilter.EVERYTHING.withSentTo(LocalDate.of(2013, 11, 1))))
                .as("count up to 1 November")
                .isEqualTo(1);
    }

    @Test
    void the_thread_filter_keeps_one_thread() {
        long threadId = first(MessageFilter.EVERYTHING).threadId();

        assertThat(sut.findMessages(project, MessageFilter.EVERYTHING.withThreadId(threadId), Pageable.unpaged()))
                .as("messages of the Enhanced cooperation thread")
                .extracting(MessageListRow::poster)
                .containsExactly(ALICE, BOB, CAROL, BOB);
    }

    @Test
    void the_import_filter_keeps_the_messages_one_import_stored() {
        long later = importer.importStream(
                        project,
                        "later.mbox",
                        new ByteArrayInputStream(("From erin@five.example Sat Dec 14 09:00:00 2013\nFrom: Erin"
                                        + " <erin@five.example>\nSubject: Later\nMessage-ID: <later@x>\nDate: Sat, 14"
                                        + " Dec 2013 09:00:00 +0000\n\nA later message.\n")
                                .getBytes(StandardCharsets.UTF_8)),
                        ImportProgress.NONE)
                .runId();
        MessageFilter ofLater = MessageFilter.EVERYTHING.withImportRunId(later);

        assertThat(sut.findMessages(project, ofLater, Pageable.unpaged()))
                .as("posters of the later import's messages")
                .extracting(MessageListRow::poster)
                .containsExactly("Erin");
        assertThat(sut.countMessages(project, ofLater)).as("count").isEqualTo(1);
        assertThat(sut.countMessages(project, MessageFilter.EVERYTHING))
                .as("every message")
                .isEqualTo(8);
    }

    @Test
    void filters_combine_so_that_a_message_must_pass_every_one() {
        long threadId = first(MessageFilter.EVERYTHING).threadId();
        MessageFilter combined =
                new MessageFilter(WGIG, posterId(BOB), LocalDate.of(2013, 11, 1), LocalDate.of(2013, 11, 30), threadId);

        assertThat(sut.findMessages(project, combined, Pageable.unpaged()))
                .as("Bob on wgig in November, in the thread")
                .extracting(MessageListRow::subject)
                .containsExactly("[wgig] Re: Enhanced cooperation", "[wgig] Re: Enhanced cooperation");
        assertThat(sut.countMessages(project, combined.withListName(IGF)))
                .as("count when the list contradicts the thread")
                .isZero();
    }

    @Test
    void another_projects_messages_are_never_listed() {
        Project other = projects.create("message-list-other-" + UUID.randomUUID());

        assertThat(sut.countMessages(other, MessageFilter.EVERYTHING.withListName(WGIG)))
                .as("wgig messages in a project that imported none")
                .isZero();
        long wgigImport = history.of(project.getId()).getFirst().runId();
        assertThat(sut.findMessages(other, MessageFilter.EVERYTHING.withImportRunId(wgigImport), Pageable.unpaged()))
                .as("another project's import, named in the address")
                .isEmpty();
    }

    @Test
    void participants_to_choose_from_are_the_posters_whose_name_contains_what_was_typed() {
        assertThat(sut.findPosters(project, "", Pageable.unpaged()))
                .as("all posters, by name")
                .extracting(Poster::displayName)
                .containsExactly(ALICE, BOB, CAROL, DAVE);
        assertThat(sut.findPosters(project, " bA", Pageable.unpaged()))
                .as("posters matching 'ba', ignoring case")
                .extracting(Poster::displayName)
                .containsExactly(BOB);
        assertThat(sut.findPosters(project, "%", Pageable.unpaged()))
                .as("posters matching a literal percent sign")
                .isEmpty();
        assertThat(sut.findPosters(project, "", PageRequest.of(1, 2)))
                .as("second page of posters")
                .extracting(Poster::displayName)
                .containsExactly(CAROL, DAVE);
    }

    @Test
    void a_thread_is_a_tree_of_replies_in_date_order() {
        long threadId = first(MessageFilter.EVERYTHING).threadId();

        ThreadTree thread = sut.thread(threadId).orElseThrow();

        assertThat(thread.subject()).as("subject").isEqualTo("[wgig] Enhanced cooperation");
        assertThat(thread.size()).as("size").isEqualTo(4);
        ThreadMessage start = thread.starts().getFirst();
        assertThat(thread.starts())
                .as("starts")
                .extracting(ThreadMessage::poster)
                .containsExactly(ALICE);
        List<ThreadMessage> replies = thread.repliesTo(start);
        assertThat(replies)
                .as("replies to Alice")
                .extracting(ThreadMessage::poster)
                .containsExactly(BOB, BOB);
        assertThat(thread.repliesTo(replies.getFirst()))
                .as("replies to Bob's first")
                .extracting(ThreadMessage::poster)
                .containsExactly(CAROL);
        assertThat(thread.repliesTo(replies.getLast()))
                .as("replies to Bob's second")
                .isEmpty();
        assertThat(sut.thread(-1)).as("a thread that does not exist").isEmpty();
    }

    private MessageListRow first(MessageFilter filter) {
        return sut.findMessages(project, filter, PageRequest.of(0, 1)).getFirst();
    }

    private long posterId(String name) {
        return sut.findPosters(project, name, Pageable.unpaged()).getFirst().id();
    }
}
