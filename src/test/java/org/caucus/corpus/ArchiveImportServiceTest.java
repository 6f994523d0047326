package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.caucus.IntegrationTest;
import org.caucus.SharedCorpora;
import org.caucus.corpus.importing.MailSources;
import org.caucus.corpus.importing.ReadOutcome;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ArchiveImportServiceTest {

    private static final Path FIXTURE = Path.of("src/test/resources/importing/2013-November.txt");

    @Autowired
    ArchiveImportService sut;

    @Autowired
    CorpusService corpus;

    @Autowired
    ProjectService projects;

    @Autowired
    ThreadService threads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ParticipantService participants;

    @Autowired
    DataSource dataSource;

    Project project;

    @BeforeEach
    void freshProject() {
        project = projects.create("import-" + UUID.randomUUID());
    }

    @Test
    void a_monthly_archive_is_imported_with_posters_blocks_and_threads() {
        ImportReport report = sut.importPaths(project, List.of(FIXTURE), ImportProgress.NONE);

        assertThat(report.counts().imported()).as("imported").isEqualTo(2);
        assertThat(report.allRead()).as("every message read").isTrue();
        List<MessageRow> rows = corpus.findMessages(project, Pageable.unpaged()).getContent();
        assertThat(rows)
                .as("messages, dated first")
                .extracting(MessageRow::poster)
                .containsExactly("Alice Müller", "Bob");
        Message reply = corpus.findMessage(rows.get(1).id()).orElseThrow();
        assertThat(reply.getSentAt()).as("the reply's impossible date").isNull();
        assertThat(reply.getThreadId())
                .as("the reply's thread")
                .isEqualTo(rows.getFirst().id());
        assertThat(reply.getParentId())
                .as("the reply's parent")
                .isEqualTo(rows.getFirst().id());
        assertThat(report.problems())
                .as("warnings")
                .anySatisfy(problem -> assertThat(problem.reason()).contains("31 Feb"));
        assertThat(corpus.read(rows.get(1).id()).orElseThrow().blocks())
                .as("blocks of the reply")
                .isNotEmpty();
    }

    /**
     * The pool retires connections after a while (30 minutes by default), the one that created the schema
     * included; H2 2.4.240 then failed every check with a list of values, such as the block's role, as
     * "Check constraint invalid" (H2 issue 4302), which stopped long imports of a fresh database.
     */
    @Test
    void an_import_after_the_pool_retired_the_connection_that_created_the_schema_stores_every_block() {
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();

        ImportReport report = sut.importPaths(project, List.of(FIXTURE), ImportProgress.NONE);

        assertThat(report.counts().imported()).as("imported").isEqualTo(2);
        assertThat(corpus.findMessages(project, Pageable.unpaged()).getContent())
                .as("messages with their blocks")
                .allSatisfy(row ->
                        assertThat(corpus.read(row.id()).orElseThrow().blocks()).isNotEmpty());
    }

    @Test
    void a_first_level_quote_with_no_attribution_is_credited_to_the_poster_of_the_message_replied_to() {
        List<MessageRow> rows = importQuotingThread();

        MessageReading reply = corpus.read(rows.get(1).id()).orElseThrow();
        assertThat(quoteBlock(reply))
                .as("the short quoted block of parminder's reply")
                .satisfies(block -> {
                    assertThat(block.speaker()).isEqualTo("Anriette Esterhuysen");
                    assertThat(block.evidence()).isEqualTo("the poster of the message it replies to");
                });
        assertThat(reply.blocks())
                .as("parminder's own text")
                .filteredOn(block -> block.role() == BlockRole.OWN_TEXT)
                .extracting(MessageReading.BlockReading::speaker)
                .containsOnly("parminder");
    }

    @Test
    void an_attribution_line_quoted_with_no_attribution_around_it_is_credited_to_the_poster_replied_to() {
        String mbox = message("bob@four.example", "Bob", "<b@x>", "Budget", "Carol's numbers are wrong.")
                + message(
                        "alice@three.example",
                        "Alice",
                        "<a@x>",
                        "In-Reply-To: <b@x>\n",
                        "Re: Budget",
                        "> On Mon, 11 Nov 2013, Carol wrote:\n>> the budget holds\n> Carol's numbers are wrong.\n\n"
                                + "I agree with Bob.");

        assertThat(importAndReadAlices(mbox).blocks())
                .as("roles, depths and speakers of Alice's reply")
                .extracting(
                        MessageReading.BlockReading::role,
                        MessageReading.BlockReading::depth,
                        MessageReading.BlockReading::speaker)
                .containsExactly(
                        tuple(BlockRole.ATTRIBUTION, 1, "Bob"),
                        tuple(BlockRole.QUOTE, 2, "Carol"),
                        tuple(BlockRole.QUOTE, 1, "Bob"),
                        tuple(BlockRole.OWN_TEXT, 0, "Alice"));
    }

    /** Quotes Carol's words, as Bob quoted them, and Bob's own, with nothing to attribute either. */
    private static final String ALICES_REPLY_TO_BOB = message(
            "alice@three.example",
            "Alice",
            "<a@x>",
            "In-Reply-To: <b@x>\nReferences: <c@x> <b@x>\n",
            "Re: Budget",
            ">> the budget holds firm this year, whatever they say\n> Bob's answer in other words\n\nI agree with Bob.");

    @Test
    void a_quote_of_a_quote_with_no_attribution_is_credited_to_the_poster_two_up_the_thread() {
        String mbox = message("carol@five.example", "Carol", "<c@x>", "Budget", "The budget is settled.")
                + message(
                        "bob@four.example",
                        "Bob",
                        "<b@x>",
                        "In-Reply-To: <c@x>\nReferences: <c@x>\n",
                        "Re: Budget",
                        "> the budget holds firm this year, whatever they say\n\nIt does not.")
                + ALICES_REPLY_TO_BOB;

        assertCarolTwoAndBobOneUpTheThread(importAndReadAlices(mbox), "Alice's reply");
    }

    /** Alice quoted Carol's words, as quoted by Bob, and Bob's: Bob replied to Carol, and Alice to Bob. */
    private static void assertCarolTwoAndBobOneUpTheThread(MessageReading alices, String when) {
        assertThat(alices.blocks())
                .as("depths, speakers and evidence of " + when)
                .extracting(
                        MessageReading.BlockReading::depth,
                        MessageReading.BlockReading::speaker,
                        MessageReading.BlockReading::evidence)
                .containsExactly(
                        tuple(2, "Carol", "the poster of the message two up the thread"),
                        tuple(1, "Bob", "the poster of the message it replies to"),
                        tuple(0, "Alice", "the poster"));
    }

    /**
     * The message Alice replied to is pasted after her reply was stored: her reply moves under it, so her quote and her
     * quote of a quote each have a poster that many up the thread, and so has the pasted message's own quote.
     */
    @Test
    void a_pasted_message_that_a_stored_reply_answered_credits_the_quotes_up_the_thread_around_it() {
        String mbox = message("carol@five.example", "Carol", "<c@x>", "Budget", "The budget is settled.")
                + ALICES_REPLY_TO_BOB;
        MessageReading alicesBefore = importAndReadAlices(mbox);
        String bobs = """
                From: Bob <bob@four.example>
                Subject: Re: Budget
                Message-ID: <b@x>
                In-Reply-To: <c@x>
                References: <c@x>
                Date: Wed, 13 Nov 2013 02:10:00 +0000

                > words that Carol said at the meeting, not on the list

                It does not.
                """;

        ImportOutcome pasted = sut.importMessageText(project, "pasted text", bobs.getBytes(StandardCharsets.UTF_8));

        assertThat(pasted.refused()).as("refused: %s", pasted.refusal()).isFalse();
        assertThat(alicesBefore.blocks())
                .as("speakers of Alice's quotes while Bob's message is missing")
                .extracting(MessageReading.BlockReading::depth, MessageReading.BlockReading::speaker)
                .containsExactly(tuple(2, null), tuple(1, "Carol"), tuple(0, "Alice"));
        assertCarolTwoAndBobOneUpTheThread(
                corpus.read(alicesBefore.id()).orElseThrow(), "Alice's reply once Bob's is pasted");
        assertThat(quoteBlock(corpus.read(pasted.messageId()).orElseThrow()))
                .as("Bob's quote")
                .extracting(MessageReading.BlockReading::speaker, MessageReading.BlockReading::evidence)
                .containsExactly("Carol", "the poster of the message it replies to");
    }

    @Test
    void a_quote_found_word_for_word_in_an_earlier_message_is_credited_to_its_writer_and_points_to_it() {
        List<MessageRow> rows = importQuotingThread();

        MessageReading.BlockReading quote =
                quoteBlock(corpus.read(rows.get(2).id()).orElseThrow());
        MessageReading origin = corpus.read(rows.getFirst().id()).orElseThrow();
        assertThat(quote.originMessageId()).as("origin of Jeremy's quote").isEqualTo(origin.id());
        assertThat(origin.body().substring(quote.originStart(), quote.originEnd()))
                .as("the quoted span in the origin")
                .contains("direct channel to civil");
        assertThat(quote.speaker())
                .as("speaker, although the attribution line names parminder")
                .isEqualTo("Anriette Esterhuysen");
    }

    @Test
    void a_speaker_set_by_hand_is_not_undone_when_attribution_runs_again() {
        List<MessageRow> rows = importQuotingThread();
        MessageReading reply = corpus.read(rows.get(1).id()).orElseThrow();
        int quote = reply.blocks().indexOf(quoteBlock(reply));

        corpus.setBlockSpeaker(reply.id(), quote, null, "tester");
        sut.importPaths(
                project,
                List.of(Path.of("src/test/resources/importing/quote-without-attribution.txt")),
                ImportProgress.NONE);

        MessageReading.BlockReading after = quoteBlock(corpus.read(reply.id()).orElseThrow());
        assertThat(after.speaker()).as("speaker the analyst cleared").isNull();
        assertThat(after.evidence()).as("evidence").isEqualTo("set by tester");
    }

    private List<MessageRow> importQuotingThread() {
        sut.importPaths(
                project,
                List.of(Path.of("src/test/resources/importing/quote-without-attribution.txt")),
                ImportProgress.NONE);
        return corpus.findMessages(project, Pageable.unpaged()).getContent();
    }

    private static MessageReading.BlockReading quoteBlock(MessageReading message) {
        return message.blocks().stream()
                .filter(block -> block.role() == BlockRole.QUOTE)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_quote_of_a_name_two_participants_share_stays_unknown_when_neither_posted_up_the_thread() {
        MessageReading.BlockReading quote = quoteOfJeremyMalcolmIn(aliceQuoting("", "Third", "Jeremy Malcolm wrote:"));

        assertThat(quote.speakerId()).as("speaker").isNull();
        assertThat(quote.evidence())
                .as("evidence")
                .isEqualTo("Jeremy Malcolm wrote: (several participants go by that name,"
                        + " and neither the address nor the thread says which)");
    }

    @Test
    void a_quote_of_a_name_two_participants_share_goes_to_the_one_who_posted_the_message_replied_to() {
        MessageReading.BlockReading quote =
                quoteOfJeremyMalcolmIn(aliceQuoting("In-Reply-To: <2@x>\n", "Re: Second", "Jeremy Malcolm wrote:"));

        assertThat(quote.speakerId()).as("speaker").isEqualTo(posterOf("Second"));
        assertThat(quote.evidence())
                .as("evidence")
                .isEqualTo("Jeremy Malcolm wrote: (several participants go by that name:"
                        + " the one who posted a message this one replies to)");
    }

    @Test
    void a_quote_of_a_name_two_participants_share_goes_to_the_address_its_attribution_gives() {
        MessageReading.BlockReading quote = quoteOfJeremyMalcolmIn(
                aliceQuoting("In-Reply-To: <2@x>\n", "Re: Second", "Jeremy Malcolm <jm at one.example> wrote:"));

        assertThat(quote.speakerId()).as("speaker").isEqualTo(posterOf("First"));
        assertThat(quote.evidence()).as("evidence").isEqualTo("Jeremy Malcolm <jm at one.example> wrote:");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // The address given is the poster's.
                "ldb@me.example|L. Daniel Burr|Louis D. Burr <ldb at me.example> wrote:",
                // The archive turned the accent into a question mark.
                "therve@example.org|Thomas Herv\u00e9|Thomas Herv? wrote:"
            })
    void a_quote_whose_attribution_writes_a_poster_s_name_otherwise_goes_to_that_poster(
            String address, String poster, String attribution) {
        String mbox = message(address, poster, "<1@x>", "First", "One thing.") + aliceQuoting("", "Third", attribution);

        MessageReading.BlockReading quote = quoteBlock(importAndReadAlices(mbox));

        assertThat(quote.speakerId()).as("speaker").isEqualTo(posterOf("First"));
        assertThat(participantNames()).as("participants").containsExactlyInAnyOrder(poster, "Alice");
    }

    /** What the list of earlier imports tells "running" from "not ended" (stopped with a server) by. */
    @Test
    void an_import_is_running_here_from_its_start_until_it_ends() {
        List<Boolean> whileStoring = new ArrayList<>();
        ImportProgress watching = new ImportProgress() {
            @Override
            public void advanced(ImportCounts counts, int sourcesStarted, int sourcesExpected) {
                // On the import's own thread, where nobody is signed in to read the list of imports.
                whileStoring.add(sut.isRunningHere(jdbc.queryForObject(
                        "select max(id) from import_run where project_id = ?", Long.class, project.getId())));
            }
        };

        long runId = sut.importStream(
                        project,
                        "one.mbox",
                        new ByteArrayInputStream(message("ann@x.example", "Ann", "<one@x>", "One", "Hello.")
                                .getBytes()),
                        watching)
                .runId();

        assertThat(whileStoring)
                .as("running here, as each batch was stored")
                .isNotEmpty()
                .containsOnly(true);
        assertThat(sut.isRunningHere(runId)).as("running here, once ended").isFalse();
    }

    @Test
    void a_poster_quoted_with_an_address_before_their_own_messages_are_imported_is_one_participant() {
        sut.importStream(
                project,
                "first.mbox",
                new ByteArrayInputStream(aliceQuoting("", "Third", "Louis D. Burr <ldb at me.example> wrote:")
                        .getBytes()),
                ImportProgress.NONE);
        String later = message("ldb@me.example", "L. Daniel Burr", "<1@x>", "First", "One thing.");
        sut.importStream(project, "later.mbox", new ByteArrayInputStream(later.getBytes()), ImportProgress.NONE);

        assertThat(quoteBlock(importAndReadAlices("")).speakerId())
                .as("speaker")
                .isEqualTo(posterOf("First"));
        assertThat(participantNames()).as("participants").containsExactlyInAnyOrder("Louis D. Burr", "Alice");
    }

    @Test
    void posters_a_list_sent_for_under_its_own_address_are_told_apart_by_their_names() {
        String list = "bestbits@lists.example.net";
        String mbox = message("jm@ciroap.example", "Jeremy Malcolm", "<1@x>", "First", "One thing.")
                + message(list, "Jeremy Malcolm via Bestbits", "<2@x>", "Second", "Another thing.")
                + message(list, "Joana Varon via Bestbits", "<3@x>", "Third", "A third thing.")
                + message(
                        "alice@three.example",
                        "Alice",
                        "<4@x>",
                        "Fourth",
                        "Joana Varon via Bestbits <bestbits at lists.example.net> wrote:\n> A third thing.\n\nNo.");

        MessageReading.BlockReading quote = quoteBlock(importAndReadAlices(mbox));

        assertThat(participantNames())
                .as("participants")
                .containsExactlyInAnyOrder("Jeremy Malcolm", "Joana Varon", "Alice");
        assertThat(posterOf("Second"))
                .as("poster of Jeremy's message the list sent")
                .isEqualTo(posterOf("First"));
        assertThat(quote.speakerId()).as("speaker of Alice's quote").isEqualTo(posterOf("Third"));
    }

    private static final String TWISTED_LIST = "twisted-python@twistedmatrix.example";
    // Mailman's footer, which gives the list's address.
    private static final String TWISTED_FOOTER = "\n_______________________________________________\n"
            + "Twisted-Python mailing list\nTwisted-Python at twistedmatrix.example\n"
            + "http://twistedmatrix.example/mailman/listinfo/twisted-python";

    @Test
    void posters_whose_clients_put_the_list_s_own_address_in_from_are_told_apart_by_their_names() {
        String mbox = message("glyph@divmod.example", "Glyph", "<1@x>", "First", "Use a thread." + TWISTED_FOOTER)
                + message(TWISTED_LIST, "Shawn Church", "<2@x>", "Second", "It works." + TWISTED_FOOTER)
                + message(TWISTED_LIST, "Tamika", "<3@x>", "Third", "Cheap watches." + TWISTED_FOOTER)
                + message("jonathan@example.org", "Jonathan", "<4@x>", "Fourth", "Not with mine." + TWISTED_FOOTER)
                + message("twisted-python@example.org", "Jonathan", "<5@x>", "Fifth", "Still not." + TWISTED_FOOTER);

        sut.importStream(project, "list.mbox", new ByteArrayInputStream(mbox.getBytes()), ImportProgress.NONE);

        assertThat(participantNames())
                .as("participants: the two who posted from the list's address apart, and Jonathan's own tagged"
                        + " address, at his domain, his")
                .containsExactlyInAnyOrder("Glyph", "Shawn Church", "Tamika", "Jonathan", "Jonathan");
        assertThat(posterOf("Third")).as("poster of Tamika's message").isNotEqualTo(posterOf("Second"));
    }

    @Test
    void a_list_address_learnt_in_one_import_tells_posters_apart_in_the_next() {
        String month = message("glyph@divmod.example", "Glyph", "<1@x>", "First", "Use a thread." + TWISTED_FOOTER)
                + message(TWISTED_LIST, "Shawn Church", "<2@x>", "Second", "It works." + TWISTED_FOOTER);
        String withoutFooters = message(TWISTED_LIST, "Tamika", "<3@x>", "Third", "Cheap watches.")
                + message(TWISTED_LIST, "Moshe Zadka", "<4@x>", "Fourth", "Not on Windows.");

        sut.importStream(project, "2009-May.mbox", new ByteArrayInputStream(month.getBytes()), ImportProgress.NONE);
        sut.importStream(
                project, "later.mbox", new ByteArrayInputStream(withoutFooters.getBytes()), ImportProgress.NONE);

        assertThat(participantNames())
                .as("participants, after a second import whose messages give no footer")
                .containsExactlyInAnyOrder("Glyph", "Shawn Church", "Tamika", "Moshe Zadka");
    }

    private List<String> participantNames() {
        return participants.findParticipants(project, "", Pageable.unpaged()).stream()
                .map(ParticipantRow::displayName)
                .toList();
    }

    /** Alice's message quoting words nobody wrote before, under the attribution given. */
    private static String aliceQuoting(String headers, String subject, String attribution) {
        return message(
                "alice@three.example",
                "Alice",
                "<3@x>",
                headers,
                subject,
                attribution + "\n> words nobody wrote before\n\nI disagree.");
    }

    /**
     * Imports one message from each of Jeremy Malcolm's two addresses, then the messages given.
     *
     * @return the first quote of the one among them that Alice posted
     */
    private MessageReading.BlockReading quoteOfJeremyMalcolmIn(String messages) {
        String mbox = message("jm@one.example", "Jeremy Malcolm", "<1@x>", "First", "One thing.")
                + message("jm@two.example", "Jeremy Malcolm", "<2@x>", "Second", "Another thing.")
                + messages;
        return quoteBlock(importAndReadAlices(mbox));
    }

    /** Imports the messages of an mbox and reads the one Alice posted. */
    private MessageReading importAndReadAlices(String mbox) {
        sut.importStream(project, "test.mbox", new ByteArrayInputStream(mbox.getBytes()), ImportProgress.NONE);
        MessageRow alices = corpus.findMessages(project, Pageable.unpaged()).stream()
                .filter(row -> row.poster().equals("Alice"))
                .findFirst()
                .orElseThrow();
        return corpus.read(alices.id()).orElseThrow();
    }

    private Long posterOf(String subject) {
        return corpus.findMessages(project, Pageable.unpaged()).stream()
                .filter(row -> row.subject().equals(subject))
                .findFirst()
                .map(row ->
                        corpus.read(row.id()).orElseThrow().blocks().getFirst().speakerId())
                .orElseThrow();
    }

    @Test
    void a_message_without_a_sender_and_a_quote_of_a_name_without_letters_are_stored_with_nobody_made_up() {
        String mbox = "From nobody Wed Nov 13 01:51:13 2013\nSubject: Anonymous\nMessage-ID: <anon@x>\n"
                + "Date: Wed, 13 Nov 2013 01:51:13 +0000\n\nNo From header at all.\n\n"
                + message(
                        "alice@three.example",
                        "Alice",
                        "<mangled@x>",
                        "Mangled",
                        "???????? wrote:\n> words of somebody whose name the archive lost\n\nI agree.")
                + message(
                        "bob@four.example",
                        "Bob",
                        "<again@x>",
                        "Again",
                        "??? ??? wrote:\n> more lost words\n\nSo do I.")
                + "From nobody Wed Nov 13 01:51:13 2013\nFrom: ???????? <>\nSubject: Lost name\nMessage-ID: <lost@x>\n"
                + "Date: Wed, 13 Nov 2013 01:51:13 +0000\n\nA name the archive lost, and no address.\n\n";

        ImportReport report = sut.importStream(
                project, "nobody.mbox", new ByteArrayInputStream(mbox.getBytes()), ImportProgress.NONE);

        assertThat(report.counts())
                .as("all stored, the two without a known sender with a warning")
                .isEqualTo(new ImportCounts(4, 4, 0, 2, 0));
        assertThat(report.problems())
                .as("the warnings")
                .extracting(ImportReport.Problem::reason)
                .anySatisfy(reason -> assertThat(reason).contains("no From header; poster unknown"))
                .anySatisfy(reason -> assertThat(reason).contains("is masked or not an address; poster unknown"));
        assertThat(corpus.findMessages(project, Pageable.unpaged()).getContent())
                .as("posters of the stored messages")
                .extracting(MessageRow::subject, MessageRow::poster)
                .containsExactlyInAnyOrder(
                        tuple("Anonymous", null),
                        tuple("Mangled", "Alice"),
                        tuple("Again", "Bob"),
                        tuple("Lost name", null));
        long anonymous = corpus.findMessages(project, Pageable.unpaged()).stream()
                .filter(row -> row.subject().equals("Anonymous"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(corpus.read(anonymous).orElseThrow().poster())
                .as("poster read")
                .isNull();
        assertThat(corpus.participants(project))
                .as("participants: the two posters, none made of question marks")
                .extracting(Participant::getDisplayName)
                .containsExactlyInAnyOrder("Alice", "Bob");
    }

    private static String message(String address, String name, String messageId, String subject, String body) {
        return message(address, name, messageId, "", subject, body);
    }

    /** @param headers more header lines, each ending in a newline */
    private static String message(
            String address, String name, String messageId, String headers, String subject, String body) {
        return "From " + address + " Wed Nov 13 01:51:13 2013\nFrom: " + name + " <" + address + ">\nSubject: "
                + subject + "\nMessage-ID: " + messageId + "\n" + headers + "Date: Wed, 13 Nov 2013 01:51:13 +0000\n\n"
                + body + "\n\n";
    }

    @Test
    void threading_again_when_nothing_is_new_moves_no_message() {
        sut.importPaths(project, List.of(FIXTURE), ImportProgress.NONE);

        assertThat(threads.rethread(project)).as("messages placed anew").isZero();
    }

    @Test
    void the_steps_before_the_first_batch_and_after_the_last_are_announced_in_order_with_their_counts() {
        List<String> heard = new ArrayList<>();
        ImportProgress listener = new ImportProgress() {
            @Override
            public void readingThreads(int storedMessages) {
                heard.add("reading threads " + storedMessages);
            }

            @Override
            public void readingStoredMessages(int storedMessages) {
                heard.add("reading back " + storedMessages);
            }

            @Override
            public void storedMessagesRead() {
                heard.add("read back");
            }

            @Override
            public void advanced(ImportCounts counts, int sourcesStarted, int sourcesExpected) {
                heard.add("batch");
            }

            @Override
            public void finishing(Step step, ImportCounts counts) {
                heard.add(step + " after " + counts.imported());
            }
        };

        sut.importPaths(project, List.of(FIXTURE), listener);
        List<String> first = List.copyOf(heard);
        heard.clear();
        sut.importPaths(project, List.of(Path.of("src/test/resources/importing/two-runs/2013-October.txt")), listener);
        List<String> second = List.copyOf(heard);
        heard.clear();
        sut.importPaths(project, List.of(FIXTURE), listener);

        assertThat(first)
                .as("progress heard, importing into an empty project")
                .containsExactly("batch", "THREADS after 2");
        assertThat(second)
                .as("progress heard, importing into a project that holds messages")
                .containsExactly(
                        "reading threads 2",
                        "reading back 2",
                        "read back",
                        "batch",
                        "EARLIER_QUOTES after 1",
                        "THREADS after 1");
        assertThat(heard)
                .as("progress heard, importing the first archive again: nothing new, so neither threads nor text read")
                .containsExactly("batch");
    }

    @Test
    void a_poster_first_met_without_a_name_takes_the_name_a_later_message_gives(@TempDir Path folder)
            throws IOException {
        Path mbox = Files.writeString(
                folder.resolve("names.mbox"),
                "From burak@nehbit.net Wed Nov 13 01:51:13 2013\nFrom: burak@nehbit.net\nSubject: first\n"
                        + "Message-ID: <n1@example.org>\nDate: Wed, 13 Nov 2013 01:51:13 +0000\n\nHello.\n\n"
                        + message("burak@nehbit.net", "Burak Nehbit", "<n2@example.org>", "second", "Again.")
                        + message("burak@nehbit.net", "B. N.", "<n3@example.org>", "third", "Once more."));

        sut.importPaths(project, List.of(mbox), ImportProgress.NONE);

        assertThat(corpus.participants(project))
                .as("participants: the first name given, not the bare address, and kept after it")
                .extracting(Participant::getDisplayName)
                .containsExactly("Burak Nehbit");
        assertThat(corpus.findMessages(project, Pageable.unpaged()).getContent())
                .as("posters of the three messages")
                .extracting(MessageRow::poster)
                .containsOnly("Burak Nehbit");
    }

    @Test
    void a_list_s_import_is_measured_against_the_months_its_index_offers_in_the_range() throws IOException {
        byte[] month = Files.readAllBytes(FIXTURE);
        byte[] index = "<a href=\"2013-October.txt\">[ Text ]</a> <a href=\"2013-November.txt\">[ Text ]</a>"
                .getBytes(StandardCharsets.US_ASCII);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pipermail/list/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().endsWith("/") ? index : month;
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        List<Integer> measuredAgainst = new CopyOnWriteArrayList<>();
        try {
            sut.importListUrl(
                    project,
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/pipermail/list/",
                    null,
                    null,
                    new ImportProgress() {
                        @Override
                        public void advanced(ImportCounts counts, int sourcesStarted, int sourcesExpected) {
                            measuredAgainst.add(sourcesExpected);
                        }
                    });
        } finally {
            server.stop(0);
        }

        assertThat(measuredAgainst)
                .as("the months progress was measured against")
                .isNotEmpty()
                .containsOnly(2);
    }

    /**
     * A header may be as long as its sender likes: one longer than its column once stopped the whole import. Now it is
     * cut to fit with a warning, the rest of the archive is read, and a second import still knows the message.
     */
    @Test
    void a_message_whose_headers_outgrow_their_columns_is_stored_cut_with_warnings_and_known_again() {
        String longId = "<" + "i".repeat(1_200) + "@one.example>";
        String mbox = message("a@one.example", "A" + "n".repeat(400), longId, "S".repeat(2_500), "Long.")
                        .replace(
                                "\n\nLong.",
                                "\nReferences: " + ("<" + "r".repeat(60) + "@x> ").repeat(2_000) + "\n\nLong.")
                + message("b@two.example", "Bea", "<agenda@two.example>", "Agenda", "The agenda.");

        ImportReport first =
                sut.importStream(project, "long.mbox", new ByteArrayInputStream(mbox.getBytes()), ImportProgress.NONE);
        ImportReport again =
                sut.importStream(project, "long.mbox", new ByteArrayInputStream(mbox.getBytes()), ImportProgress.NONE);

        assertThat(first.counts()).as("first import").isEqualTo(new ImportCounts(2, 2, 0, 1, 0));
        assertThat(first.problems())
                .as("the cuts, each named")
                .extracting(ImportReport.Problem::reasonAlone)
                .containsExactly(
                        "the Message-ID is 1,212 characters long, cut to 1,000 to be stored; the original holds it"
                                + " whole",
                        "the Subject is 2,500 characters long, cut to 2,000 to be stored; the original holds it whole",
                        "the sender's name is 401 characters long, cut to 300 to be stored; the original holds it whole",
                        "the References header is 125,999 characters long; its 1,587 newest ids of 2,000 are stored,"
                                + " and the original holds them all");
        Message stored = messageRepository
                .findById(first.problems().getFirst().messageId())
                .orElseThrow();
        assertThat(stored.getSubject()).as("the subject stored").hasSize(2_000).endsWith("S…");
        assertThat(new String(stored.getRaw())).as("the original").contains("S".repeat(2_500));
        assertThat(again.counts()).as("the same archive again").isEqualTo(new ImportCounts(2, 0, 2, 0, 0));
    }

    @Test
    void a_quote_credited_to_a_name_longer_than_its_column_is_stored_with_the_name_cut() {
        String name = "Wolfgang " + "Amadeus".repeat(60) + " Mozart";
        String mbox = message(
                "a@one.example",
                "Ann",
                "<reply@one.example>",
                "Re: Budget",
                name + " wrote:\n> the budget is agreed\n> for next year\n\nIt is not.");

        ImportReport report = sut.importStream(
                project, "long-name.mbox", new ByteArrayInputStream(mbox.getBytes()), ImportProgress.NONE);

        assertThat(report.counts().imported()).as("imported").isEqualTo(1);
        MessageReading reply = corpus.read(corpus.findMessages(project, Pageable.unpaged())
                        .getContent()
                        .getFirst()
                        .id())
                .orElseThrow();
        assertThat(quoteBlock(reply).speaker())
                .as("the quote's speaker")
                .hasSize(FieldLimits.POSTER_NAME)
                .startsWith("Wolfgang Amadeus")
                .endsWith("…");
    }

    /** PostgreSQL cannot store a NUL character in text, and a message's bytes may decode to one anywhere. */
    @Test
    void nul_characters_in_a_message_are_stored_as_replacement_characters_with_a_warning() {
        String mbox = message(
                                "a@one.example",
                                "Ann",
                                "<nul@one.example>",
                                "=?utf-8?q?Bud=00get?=",
                                "The budget=00 is agreed.")
                        .replace(
                                "\n\nThe budget",
                                "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable"
                                        + "\n\nThe budget")
                + message("b@two.example", "Bea", "<agenda@two.example>", "Agenda", "The agenda.");

        ImportReport report = sut.importStream(
                project,
                "nul.mbox",
                new ByteArrayInputStream(mbox.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ImportProgress.NONE);

        assertThat(report.counts()).as("counts").isEqualTo(new ImportCounts(2, 2, 0, 1, 0));
        assertThat(report.problems())
                .extracting(ImportReport.Problem::reasonAlone)
                .containsExactly("2 NUL characters, which the database cannot store, are stored as \uFFFD");
        Message stored = messageRepository
                .findById(report.problems().getFirst().messageId())
                .orElseThrow();
        assertThat(stored.getSubject()).as("subject").isEqualTo("Bud\uFFFDget");
        assertThat(corpus.read(stored.getId()).orElseThrow().body()).as("body").contains("budget\uFFFD is agreed");
    }

    @Test
    void importing_the_same_archive_again_adds_nothing() {
        sut.importPaths(project, List.of(FIXTURE), ImportProgress.NONE);

        ImportReport again = sut.importPaths(project, List.of(FIXTURE), ImportProgress.NONE);

        assertThat(again.counts()).as("second import").isEqualTo(new ImportCounts(2, 0, 2, 0, 0));
        assertThat(corpus.countMessages(project)).as("messages").isEqualTo(2);
    }

    @Test
    void a_file_that_is_not_mail_is_refused_as_not_a_mail_archive_and_reported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        ImportReport report =
                sut.importStream(project, "photo.png", new ByteArrayInputStream(png), ImportProgress.NONE);

        assertThat(report.allRead()).as("all read").isFalse();
        assertThat(report.problems())
                .as("problems")
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.reason()).contains("photo.png").containsIgnoringCase("not a mail"));
        StringWriter csv = new StringWriter();
        report.writeCsv(csv);
        assertThat(csv.toString())
                .as("CSV report")
                .startsWith("source,position,outcome,reason,message\r\n")
                .contains("\"photo.png\"", "failed");
        assertThat(corpus.countMessages(project)).as("messages").isZero();
    }

    @Test
    void an_import_killed_half_way_keeps_whole_messages_and_a_rerun_completes_it_without_duplicates() {
        Path month = SharedCorpora.folder().resolve("twisted-python/2013-November.txt.gz");
        Project uninterrupted = projects.create("import-whole-" + UUID.randomUUID());
        sut.importPaths(uninterrupted, List.of(month), ImportProgress.NONE);
        long whole = corpus.countMessages(uninterrupted);
        AtomicInteger batches = new AtomicInteger();
        ImportProgress crashAfterTwoBatches = new ImportProgress() {
            @Override
            public void advanced(ImportCounts counts, int sourcesStarted, int sourcesExpected) {
                if (batches.incrementAndGet() == 2) {
                    throw new IllegalStateException("simulated crash");
                }
            }
        };

        assertThatThrownBy(() -> sut.importPaths(project, List.of(month), crashAfterTwoBatches))
                .hasMessage("simulated crash");
        long afterCrash = corpus.countMessages(project);
        ImportReport rerun = sut.importPaths(project, List.of(month), ImportProgress.NONE);

        assertThat(afterCrash)
                .as("messages after the crash: the distinct ones of two whole batches of 20")
                .isEqualTo(distinctMessagesAmongFirst(month, 40));
        assertThat(rerun.counts().imported()).as("imported by the rerun").isEqualTo(whole - afterCrash);
        assertThat(corpus.countMessages(project)).as("messages after the rerun").isEqualTo(whole);
    }

    /** The archive holds many messages twice; the second copy is a duplicate, not a message. */
    private static long distinctMessagesAmongFirst(Path archive, int outcomes) {
        List<ReadOutcome> read = new ArrayList<>();
        new MailSources().read(archive, read::add);
        return read.subList(0, outcomes).stream()
                .filter(ReadOutcome.Read.class::isInstance)
                .map(outcome -> MessageWriter.dedupeKey(((ReadOutcome.Read) outcome).message()))
                .distinct()
                .count();
    }

    /**
     * Readers hand over a copy of a message the import holds without reading its body; the counts must stay those of
     * reading every message in full and telling them apart by {@link MessageWriter#dedupeKey}.
     */
    @Test
    void overlapping_imports_of_twisted_python_months_count_as_reading_every_message_in_full_would() {
        Path archive = SharedCorpora.folder().resolve("twisted-python");
        List<Path> november = List.of(archive.resolve("2013-November.txt.gz"));
        List<Path> autumn = List.of(
                archive.resolve("2013-October.txt.gz"),
                archive.resolve("2013-November.txt.gz"),
                archive.resolve("2013-December.txt.gz"));
        Set<String> held = new HashSet<>();
        ImportCounts novemberInFull = countedInFull(november, held);
        ImportCounts autumnInFull = countedInFull(autumn, held);

        ImportReport first = sut.importPaths(project, november, ImportProgress.NONE);
        ImportReport overlapping = sut.importPaths(project, autumn, ImportProgress.NONE);

        assertThat(first.counts()).as("counts of November").isEqualTo(novemberInFull);
        assertThat(overlapping.counts())
                .as("counts of October to December, after November")
                .isEqualTo(autumnInFull);
        assertThat(overlapping.counts().duplicates())
                .as("duplicates of October to December: at least November's messages")
                .isGreaterThanOrEqualTo(novemberInFull.imported());
        assertThat(corpus.countMessages(project)).as("messages").isEqualTo(held.size());
    }

    /** The counts of an import that reads every message in full: how imports counted before readers knew ids. */
    private static ImportCounts countedInFull(List<Path> paths, Set<String> held) {
        ImportCounts[] counts = {ImportCounts.NONE};
        for (Path path : paths) {
            new MailSources()
                    .read(
                            path,
                            outcome -> counts[0] = switch (outcome) {
                                case ReadOutcome.Read read ->
                                    held.add(MessageWriter.dedupeKey(read.message()))
                                            ? counts[0].plusImported(
                                                    !read.message().warnings().isEmpty())
                                            : counts[0].plusDuplicate();
                                case ReadOutcome.Failed failed -> counts[0].plusFailed(true);
                                case ReadOutcome.Refused refused -> counts[0].plusFailed(false);
                                case ReadOutcome.Skipped skipped -> counts[0];
                                case ReadOutcome.Duplicate copy ->
                                    throw new AssertionError("read without known ids: " + copy);
                            });
        }
        return counts[0];
    }

    /**
     * The first copy of a message is too large to read and is recorded as failed, not stored: its second copy must
     * then be read and stored, not counted as a duplicate of it.
     */
    @Test
    void a_copy_of_a_message_whose_first_copy_failed_is_stored_and_a_rerun_adds_nothing() {
        String tooLarge = "A long first copy.\n" + "x".repeat(100).concat("\n").repeat(20);
        String mbox = message("a@one.example", "Ann", "<budget@x>", "Budget", tooLarge)
                + message("a@one.example", "Ann", "<budget@x>", "Budget", "The short copy.")
                + message("b@two.example", "Bea", "<agenda@x>", "Agenda", "The agenda.")
                + message("b@two.example", "Bea", "<agenda@x>", "Agenda", "The agenda.");
        ArchiveImportService limited = configured(new ImportSettings(20, null, null, 1_000L));

        ImportReport first = limited.importStream(
                project, "copies.mbox", new ByteArrayInputStream(mbox.getBytes()), ImportProgress.NONE);
        ImportReport rerun = limited.importStream(
                project, "copies.mbox", new ByteArrayInputStream(mbox.getBytes()), ImportProgress.NONE);

        assertThat(first.counts())
                .as("first import: one failed, the short copy and the agenda stored, the agenda's copy a duplicate")
                .isEqualTo(new ImportCounts(4, 2, 1, 0, 1));
        assertThat(corpus.findMessages(project, Pageable.unpaged()).getContent())
                .as("messages stored")
                .extracting(MessageRow::subject)
                .containsExactlyInAnyOrder("Budget", "Agenda");
        assertThat(rerun.counts())
                .as("rerun: the too large copy failed again, the others duplicates")
                .isEqualTo(new ImportCounts(4, 0, 3, 0, 1));
        assertThat(corpus.countMessages(project)).as("messages after the rerun").isEqualTo(2);
    }

    @Autowired
    MessageRepository messageRepository;

    @Autowired
    ImportRuns importRuns;

    @Autowired
    ParticipantDirectory participantDirectory;

    @Autowired
    MessageWriter messageWriter;

    @Autowired
    ThreadEvidence threadEvidence;

    @Autowired
    StoredOrigins storedOrigins;

    @Autowired
    UntracedQuotes untracedQuotes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    ProjectImports projectImports;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SmallImports smallImports;

    @Autowired
    ListNamesService listNames;

    /** The service with other settings. */
    private ArchiveImportService configured(ImportSettings settings) {
        return new ArchiveImportService(
                messageRepository,
                importRuns,
                participantDirectory,
                messageWriter,
                threads,
                threadEvidence,
                storedOrigins,
                untracedQuotes,
                transactions,
                settings,
                clock,
                events,
                projectImports,
                smallImports,
                listNames);
    }

    @Test
    void a_file_with_nothing_to_import_is_named_in_the_report(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("page.eml"), "<html><head><title>Archive</title></head><body>Index</body>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(folder.resolve("folders.zip")))) {
            zip.putNextEntry(new ZipEntry("2013/"));
            zip.closeEntry();
        }

        ImportReport report = sut.importPaths(project, List.of(folder), ImportProgress.NONE);

        assertThat(report.problems())
                .as("the files, in the report")
                .extracting(ImportReport.Problem::sourceName, ImportReport.Problem::failed)
                .containsExactlyInAnyOrder(tuple("folders.zip", true), tuple("page.eml", false));
    }

    @Test
    void a_gzip_that_inflates_past_the_bound_is_refused_before_any_of_its_messages_is_stored(@TempDir Path folder)
            throws IOException {
        Path bomb = folder.resolve("2013-November.txt.gz");
        try (GZIPOutputStream gzip = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 100; i++) {
                gzip.write(("From a at example.org  Wed Nov 13 01:51:13 2013\nFrom: a at example.org (A)\nSubject: m"
                                + i + "\nMessage-ID: <bomb-" + i + "@example.org>\n\nHello.\n\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            gzip.write(new byte[4 << 20]);
        }

        ImportReport report = configured(new ImportSettings(20, null, 1L << 20, null))
                .importPaths(project, List.of(bomb), ImportProgress.NONE);

        assertThat(report.problems())
                .as("the refusal")
                .extracting(ImportReport.Problem::reason)
                .containsExactly("2013-November.txt.gz: inflates past the limit of 1048576 bytes when decompressed;"
                        + " refused as a possible decompression bomb");
        assertThat(corpus.countMessages(project)).as("messages stored").isZero();
    }

    @Test
    void replies_to_a_message_whose_id_is_too_long_to_store_stay_under_it_after_a_later_import(@TempDir Path folder)
            throws IOException {
        String longId = "x".repeat(1_200) + "@example.org";
        Path archive = folder.resolve("long-ids.mbox");
        Files.writeString(
                archive,
                message("a@example.org", "A", "<" + longId + ">", "the parent", "Parent.")
                        + message(
                                "b@example.org",
                                "B",
                                "<b@example.org>",
                                "References: <" + longId + ">\n",
                                "one reply",
                                "By References.")
                        + message(
                                "c@example.org",
                                "C",
                                "<c@example.org>",
                                "In-Reply-To: <" + longId + ">\n",
                                "another",
                                "By In-Reply-To."));

        sut.importPaths(project, List.of(archive), ImportProgress.NONE);
        sut.importPaths(project, List.of(FIXTURE), ImportProgress.NONE);

        List<MessageRow> rows = corpus.findMessages(project, Pageable.unpaged()).getContent();
        long parent = rows.stream()
                .filter(row -> row.subject().equals("the parent"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(rows.stream()
                        .filter(row -> row.subject().equals("one reply")
                                || row.subject().equals("another"))
                        .map(row -> corpus.findMessage(row.id()).orElseThrow().getParentId()))
                .as("the replies' parents after an unrelated import")
                .containsExactly(parent, parent);
    }

    @Test
    void a_quote_credited_to_the_poster_replied_to_follows_its_message_when_a_later_import_brings_its_real_parent(
            @TempDir Path folder) throws IOException {
        // Shorter than a shingle, so that the quote is not traced to Xavier's text: only the thread tells.
        String sentence = "Deal directly with Brasília instead.";
        Path first = Files.writeString(
                folder.resolve("first.mbox"),
                message("yvonne@example.org", "Yvonne Young", "<y@example.org>", "1net", "Shall we go through 1net?")
                        + message(
                                "rita@example.org",
                                "Rita Roe",
                                "<r@example.org>",
                                "References: <y@example.org> <x@example.org>\n",
                                "Re: 1net",
                                "> " + sentence + "\n\nI agree."));
        Path later = Files.writeString(
                folder.resolve("later.mbox"),
                message(
                        "xavier@example.org",
                        "Xavier Xu",
                        "<x@example.org>",
                        "References: <y@example.org>\n",
                        "Re: 1net",
                        sentence));

        sut.importPaths(project, List.of(first), ImportProgress.NONE);
        long rita = corpus.findMessages(project, Pageable.unpaged()).getContent().stream()
                .filter(row -> row.poster().equals("Rita Roe"))
                .findFirst()
                .orElseThrow()
                .id();
        String before = quoteBlock(corpus.read(rita).orElseThrow()).speaker();
        sut.importPaths(project, List.of(later), ImportProgress.NONE);

        assertThat(before)
                .as("the quote's speaker while Xavier's message is missing")
                .isEqualTo("Yvonne Young");
        assertThat(quoteBlock(corpus.read(rita).orElseThrow()))
                .as("the quote once Xavier's message is imported")
                .satisfies(block -> {
                    assertThat(block.speaker()).isEqualTo("Xavier Xu");
                    assertThat(block.evidence()).isEqualTo("the poster of the message it replies to");
                });
    }

    @Test
    void cancelling_stops_after_the_last_whole_batch() {
        Path month = SharedCorpora.folder().resolve("twisted-python/2013-November.txt.gz");
        ImportProgress cancelAtOnce = new ImportProgress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };

        ImportReport report = sut.importPaths(project, List.of(month), cancelAtOnce);

        assertThat(report.cancelled()).as("cancelled").isTrue();
        assertThat(corpus.countMessages(project)).as("messages").isZero();
    }
}
