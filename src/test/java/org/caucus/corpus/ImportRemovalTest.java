package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst who imported the wrong archive takes the import back: its messages go, with the participants who posted
 * only there, and the messages that stay are threaded and credited as if it had never been imported. What cannot be
 * undone cleanly (coding on its messages or traced to them) is refused with the reason, and nothing changes.
 */
@IntegrationTest
class ImportRemovalTest {

    private static final String CAROLS_WORDS = "The budget is settled for the coming year, and the travel fund"
            + " goes to the members who could not come to Geneva last time.";

    private static final String CAROLS_THREAD = message(
                    "carol@five.example", "Carol", "<c@x>", "", "Budget", CAROLS_WORDS)
            + message("dave@six.example", "Dave", "<d@x>", "In-Reply-To: <c@x>\n", "Re: Budget", "Settled indeed.");

    private static final String WRONG = message(
                    "bob@four.example",
                    "Bob",
                    "<b@x>",
                    "In-Reply-To: <c@x>\nDate: Thu, 14 Nov 2013 09:00:00 +0000\n",
                    "Re: Budget",
                    "> " + CAROLS_WORDS + "\n\nNo, the travel fund is still open.")
            + message("eve@seven.example", "Eve", "<e@x>", "", "Marmalade", "A recipe for quince marmalade.");

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ImportRemoval sut;

    @Autowired
    ImportHistory history;

    @Autowired
    CorpusService corpus;

    @Autowired
    SearchService search;

    @Autowired
    CodingService coding;

    @Autowired
    CodebookService codebook;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    Project project;

    @BeforeEach
    void freshProject() {
        project = projects.create("removal-" + UUID.randomUUID());
    }

    @Test
    void removing_an_import_takes_its_messages_and_their_only_posters_and_threads_the_rest_again() {
        importMbox("carol.mbox", CAROLS_THREAD);
        long wrong = importMbox("wrong.mbox", WRONG);
        importMbox(
                "alice.mbox",
                message(
                        "alice@three.example",
                        "Alice",
                        "<a@x>",
                        "In-Reply-To: <b@x>\nReferences: <c@x> <b@x>\n",
                        "Re: Budget",
                        "> what Bob said at the meeting, in other words\n\nI agree with him."));
        assertThat(quoteOf("Alice"))
                .as("Alice's quote while Bob's message is there")
                .extracting(MessageReading.BlockReading::speaker)
                .isEqualTo("Bob");

        ImportRemoval.Removed removed = sut.remove(project, wrong);

        assertThat(removed).as("what was removed").isEqualTo(new ImportRemoval.Removed(2, 2, 0));
        assertThat(corpus.findMessages(project, Pageable.unpaged()).getContent())
                .as("the messages that stay")
                .extracting(MessageRow::poster)
                .containsExactlyInAnyOrder("Carol", "Dave", "Alice");
        assertThat(corpus.participants(project))
                .as("participants")
                .extracting(Participant::getDisplayName)
                .containsExactlyInAnyOrder("Carol", "Dave", "Alice");
        MessageReading alices = reading("Alice");
        assertThat(jdbc.queryForObject("select parent_id from message where id = ?", Long.class, alices.id()))
                .as("the message Alice's now replies to")
                .isEqualTo(reading("Carol").id());
        assertThat(quoteOf("Alice"))
                .as("Alice's quote, credited up the thread again")
                .extracting(MessageReading.BlockReading::speaker, MessageReading.BlockReading::evidence)
                .containsExactly("Carol", "the poster of the message it replies to");
        assertThat(search.search(project, "marmalade", MessageFilter.EVERYTHING, 0, 20))
                .as("search for the removed message's words")
                .satisfies(page -> assertThat(page.hits()).as("hits").isEmpty())
                .satisfies(page -> assertThat(page.messages())
                        .as("messages the index holds them in")
                        .isZero());
        assertThat(history.of(project.getId()))
                .as("the earlier imports, the removed one marked")
                .extracting(PastImport::sources, run -> run.removedAt() != null, PastImport::removable)
                .containsExactly(
                        tuple("alice.mbox", false, true),
                        tuple("wrong.mbox", true, false),
                        tuple("carol.mbox", false, true));
        assertThat(history.report(importMbox("wrong.mbox", WRONG))
                        .orElseThrow()
                        .counts()
                        .imported())
                .as("imported when the same archive is imported again")
                .isEqualTo(2);
    }

    @Test
    void an_import_with_a_coded_passage_is_not_removed() {
        long wrong = importMbox("wrong.mbox", WRONG);
        Issue issue = codebook.addIssue(project, "Travel support", null);
        long position =
                codebook.addPosition(issue, "Open call", null, "#1f77b4", '1').getId();
        MessageReading bobs = reading("Bob");
        String phrase = "the travel fund is still open";
        int start = bobs.body().indexOf(phrase);
        coding.code(new CodingRequest(
                bobs.id(),
                new PassageRange(start, start + phrase.length(), phrase),
                position,
                StanceQualifier.SUPPORTS,
                null));

        assertThatThrownBy(() -> sut.remove(project, wrong))
                .isInstanceOf(ImportRemovalRefused.class)
                .hasMessage("The import of wrong.mbox cannot be removed: 1 coded passage is on its messages or traced"
                        + " to them. Nothing was removed.");
        assertThat(corpus.countMessages(project)).as("messages").isEqualTo(2);
        assertThat(history.of(project.getId()).getFirst().removedAt())
                .as("marked removed")
                .isNull();
    }

    @Test
    void quotes_of_its_messages_in_other_imports_are_attributed_afresh_and_traced_again_when_it_returns() {
        long carols = importMbox("carol.mbox", CAROLS_THREAD);
        importMbox(
                "later.mbox",
                message(
                                "bob@four.example",
                                "Bob",
                                "<b@x>",
                                "In-Reply-To: <c@x>\n",
                                "Re: Budget",
                                "Carol wrote:\n> " + CAROLS_WORDS + "\n\nNo, the travel fund is still open.")
                        + message("grace@nine.example", "Grace", "<g@x>", "", "Travel", "Who goes to Geneva?")
                        // In another thread, which the removal leaves as it is.
                        + message(
                                "frank@eight.example",
                                "Frank",
                                "<f@x>",
                                "In-Reply-To: <g@x>\n",
                                "Re: Travel",
                                "> " + CAROLS_WORDS + "\n\nThe fund decides it."));
        long carolsMessage = reading("Carol").id();
        assertThat(quoteOf("Bob").evidence())
                .as("Bob's quote while Carol's message is there")
                .startsWith("first written in message " + carolsMessage);

        ImportRemoval.Removed removed = sut.remove(project, carols);

        assertThat(removed)
                .as("what was removed: Carol stays, named by Bob's attribution line")
                .isEqualTo(new ImportRemoval.Removed(2, 1, 2));
        assertThat(removed.summary())
                .as("the removal in words")
                .isEqualTo("2 messages, and 1 participant who posted nothing else; 2 quotes in other imports'"
                        + " messages, traced to them, attributed afresh");
        assertThat(List.of(quoteOf("Bob"), quoteOf("Frank")))
                .as("the quotes, by their own messages' evidence, then up the thread")
                .extracting(
                        MessageReading.BlockReading::speaker,
                        MessageReading.BlockReading::evidence,
                        MessageReading.BlockReading::originMessageId)
                .containsExactly(tuple("Carol", "Carol wrote:", null), tuple("Grace", ThreadEvidence.EVIDENCE, null));

        importMbox("carol.mbox", CAROLS_THREAD);

        long returned = reading("Carol").id();
        assertThat(List.of(quoteOf("Bob"), quoteOf("Frank")))
                .as("the quotes once Carol's message is imported again")
                .extracting(MessageReading.BlockReading::speaker, MessageReading.BlockReading::originMessageId)
                .containsExactly(tuple("Carol", returned), tuple("Carol", returned));
    }

    @Test
    void an_import_that_stored_nothing_or_was_removed_already_is_refused_by_name() {
        long wrong = importMbox("wrong.mbox", WRONG);
        long again = importMbox("wrong.mbox", WRONG);
        sut.remove(project, wrong);

        assertThatThrownBy(() -> sut.remove(project, wrong))
                .isInstanceOf(ImportRemovalRefused.class)
                .hasMessage("The import of wrong.mbox cannot be removed: its messages were removed already.");
        assertThatThrownBy(() -> sut.remove(project, again))
                .isInstanceOf(ImportRemovalRefused.class)
                .hasMessage("The import of wrong.mbox cannot be removed: it stored no message.");
    }

    @Test
    void an_import_killed_half_way_is_removed_with_the_messages_it_stored() {
        long wrong = importMbox("wrong.mbox", WRONG);
        killed(wrong);
        PastImport listed = history.of(project.getId()).getFirst();
        assertThat(listed.removable())
                .as("offered for removal, though not ended")
                .isTrue();
        assertThat(history.messagesStoredBy(wrong)).as("its messages, counted").isEqualTo(2);

        assertThat(sut.remove(project, wrong)).as("what was removed").isEqualTo(new ImportRemoval.Removed(2, 2, 0));
        assertThat(corpus.countMessages(project)).as("messages").isZero();
    }

    /**
     * Messages stored before each message kept its import are given one by the migration that added it: the import that
     * was storing when they were written, though another import's time spans theirs.
     */
    @Test
    void earlier_messages_go_to_the_import_that_was_storing_them() throws Exception {
        long carols = importMbox("carol.mbox", CAROLS_THREAD);
        long wrong = importMbox("wrong.mbox", WRONG);
        // As if it had been started while carol.mbox ran, and had waited for its turn.
        jdbc.update(
                "update import_run set started_at = (select started_at from import_run where id = ?) where id = ?",
                carols,
                wrong);
        long alices = importMbox("alice.mbox", message("alice@three.example", "Alice", "<a@x>", "", "Hi", "Hello."));
        killed(alices);
        jdbc.update("update message set import_run_id = null where project_id = ?", project.getId());

        jdbc.update(MigrationStatements.first("V0020__message_import_run.sql", "update message"));

        assertThat(jdbc.queryForList(
                        "select m.import_run_id from message m join participant p on p.id = m.poster_id"
                                + " where m.project_id = ? order by p.display_name",
                        Long.class,
                        project.getId()))
                .as("the imports of Alice's, Bob's, Carol's, Dave's and Eve's messages")
                .containsExactly(alices, wrong, carols, carols, wrong);
    }

    /** Leaves the import's record as an import killed with the server leaves it: begun, never ended. */
    private void killed(long runId) {
        jdbc.update(
                "update import_run set finished_at = null, status = 'RUNNING', messages_read = 0, imported = 0"
                        + " where id = ?",
                runId);
    }

    private long importMbox(String name, String mbox) {
        return importer.importStream(
                        project,
                        name,
                        new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)),
                        ImportProgress.NONE)
                .runId();
    }

    private MessageReading reading(String poster) {
        return corpus.findMessages(project, Pageable.unpaged()).stream()
                .filter(row -> poster.equals(row.poster()))
                .findFirst()
                .flatMap(row -> corpus.read(row.id()))
                .orElseThrow();
    }

    private MessageReading.BlockReading quoteOf(String poster) {
        return reading(poster).blocks().stream()
                .filter(block -> block.role() == BlockRole.QUOTE)
                .findFirst()
                .orElseThrow();
    }

    /** @param headers more header lines, each ending in a newline; the Date is 13 November unless they give one */
    private static String message(
            String address, String name, String messageId, String headers, String subject, String body) {
        String date = headers.contains("Date:") ? "" : "Date: Wed, 13 Nov 2013 01:51:13 +0000\n";
        return "From " + address + " Wed Nov 13 01:51:13 2013\nFrom: " + name + " <" + address + ">\nSubject: "
                + subject + "\nMessage-ID: " + messageId + "\n" + headers + date + "\n" + body + "\n\n";
    }
}
