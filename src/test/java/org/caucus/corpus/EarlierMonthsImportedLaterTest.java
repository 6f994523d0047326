package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.SharedCorpora;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst imports the month of the debate first and the month before it later. The quotes of the first month
 * are traced to the messages they quote once those arrive, as if the months had been imported in date order.
 */
@IntegrationTest
class EarlierMonthsImportedLaterTest {

    private static final Path TWO_RUNS = Path.of("src/test/resources/importing/two-runs");
    private static final Path OCTOBER = TWO_RUNS.resolve("2013-October.txt");
    private static final Path NOVEMBER = TWO_RUNS.resolve("2013-November.txt");
    private static final String PHRASE = "decided\n> by an open call";

    @Autowired
    ArchiveImportService importer;

    @Autowired
    CorpusService corpus;

    @Autowired
    CodingService coding;

    @Autowired
    CodebookService codebook;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    Project project;

    @BeforeEach
    void freshProject() {
        project = projects.create("late-" + UUID.randomUUID());
    }

    @ParameterizedTest(name = "{0} imported first")
    @CsvSource({"2013-November.txt, 2013-October.txt", "2013-October.txt, 2013-November.txt"})
    void a_quote_is_traced_to_the_message_it_quotes_whichever_was_imported_first(String first, String second) {
        importer.importPaths(project, List.of(TWO_RUNS.resolve(first)), ImportProgress.NONE);
        ImportReport report = importer.importPaths(project, List.of(TWO_RUNS.resolve(second)), ImportProgress.NONE);

        MessageReading october = corpus.read(messageSentIn("2013-10")).orElseThrow();
        MessageReading.BlockReading quote =
                quoteIn(corpus.read(messageSentIn("2013-11")).orElseThrow());
        assertThat(quote.originMessageId()).as("origin of November's quote").isEqualTo(october.id());
        assertThat(october.body().substring(quote.originStart(), quote.originEnd()))
                .as("the quoted span in October's message")
                .startsWith("Travel support")
                .endsWith("organisers of the meeting.");
        assertThat(quote.speaker()).as("speaker").isEqualTo("Anriette Esterhuysen");
        assertThat(quote.evidence()).as("evidence").startsWith("first written in message " + october.id());
        String tracedLater = "Read 1, imported 1, duplicates 0, warnings 0, failed 0."
                + " 1 quote in messages imported before was traced to a message of this import.";
        assertThat(report.summary())
                .as("the second import's report")
                .isEqualTo(
                        first.contains("November")
                                ? tracedLater
                                : "Read 1, imported 1, duplicates 0, warnings 0, failed 0.");
        assertThat(history.report(report.runId()).orElseThrow().summary())
                .as("the report as Earlier imports opens it again")
                .isEqualTo(report.summary());
    }

    /** The message the seed replies to, as its archive page reads once copied. */
    private static final String JEREMYS_PAGE = """
            [bestbits] I*coalition/dialogue = 1net

            Jeremy Malcolm jeremy at ciroap.org
            Tue Nov 12 23:17:00 EST 2013

            I don't in any way support the 1net dialogue appointing itself as an
            interface between civil society and the Brazil summit.  Thankfully it
            seems that the point has been made on the list that we have already
            appointed our own representatives to engage with Brazil on the summit,
            thank-you-very-much.  We should not allow the misunderstanding to
            arise that 1net had any part in this appointment.

            --
            Jeremy Malcolm
            """;

    @ParameterizedTest(name = "{0} pasted first")
    @CsvSource({"the seed", "Jeremy's message"})
    void pasted_pages_are_traced_to_each_other_whichever_was_pasted_first(String first) {
        byte[] jeremys = JEREMYS_PAGE.getBytes(StandardCharsets.UTF_8);
        boolean seedFirst = first.equals("the seed");
        ImportOutcome earlier = importer.importMessageText(
                project, seedFirst ? "seed.txt" : "jeremy.txt", seedFirst ? SeedProject.seedBytes() : jeremys);
        ImportOutcome later = importer.importMessageText(
                project, seedFirst ? "jeremy.txt" : "seed.txt", seedFirst ? jeremys : SeedProject.seedBytes());

        long seed = (seedFirst ? earlier : later).messageId();
        long jeremy = (seedFirst ? later : earlier).messageId();
        MessageReading.BlockReading quoted = corpus.read(seed).orElseThrow().blocks().stream()
                .filter(block -> block.role() == BlockRole.QUOTE && block.depth() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(quoted.originMessageId())
                .as("origin of parminder's quote of Jeremy")
                .isEqualTo(jeremy);
        assertThat(quoted.speaker()).as("its speaker").isEqualTo("Jeremy Malcolm");
    }

    @Test
    void months_given_newest_first_to_one_import_are_read_in_date_order() {
        importer.importPaths(project, List.of(NOVEMBER, OCTOBER), ImportProgress.NONE);

        assertThat(quoteIn(corpus.read(messageSentIn("2013-11")).orElseThrow()).originMessageId())
                .as("origin of November's quote")
                .isEqualTo(messageSentIn("2013-10"));
    }

    @Test
    void a_passage_coded_in_the_quote_becomes_one_statement_with_the_original() {
        importer.importPaths(project, List.of(NOVEMBER), ImportProgress.NONE);
        long position = position();
        MessageReading november = onlyMessage();
        long inQuote = code(november, PHRASE, position);
        assertThat(annotation(inQuote))
                .as("the passage coded in the quote before October is imported")
                .containsEntry("SPEAKER_ID", null)
                .containsEntry("ORIGIN_MESSAGE_ID", null);

        importer.importPaths(project, List.of(OCTOBER), ImportProgress.NONE);

        MessageReading october = corpus.read(messageSentIn("2013-10")).orElseThrow();
        long inOriginal = code(october, "decided by an open call", position);
        Map<String, Object> traced = annotation(inQuote);
        assertThat(traced.get("ORIGIN_MESSAGE_ID")).as("origin of the passage").isEqualTo(october.id());
        assertThat(october.body()
                        .substring(
                                ((Number) traced.get("ORIGIN_START")).intValue(),
                                ((Number) traced.get("ORIGIN_END")).intValue()))
                .as("where the passage stands in October's message")
                .isEqualTo("decided by an open call");
        assertThat(traced.get("SPEAKER_ID")).as("speaker of the passage").isEqualTo(idOf("Anriette Esterhuysen"));
        assertThat(traced.get("STATEMENT_KEY"))
                .as("the passage in the quote and in the original: one statement")
                .isEqualTo(annotation(inOriginal).get("STATEMENT_KEY"));
    }

    @Test
    void a_speaker_chosen_by_hand_for_the_quote_stays() {
        importer.importPaths(project, List.of(NOVEMBER), ImportProgress.NONE);
        MessageReading november = onlyMessage();
        corpus.setBlockSpeaker(november.id(), quoteIndex(november), idOf("Jeremy Malcolm"), "analyst");

        importer.importPaths(project, List.of(OCTOBER), ImportProgress.NONE);

        MessageReading.BlockReading quote = quoteIn(corpus.read(november.id()).orElseThrow());
        assertThat(quote.speaker()).as("speaker chosen by hand").isEqualTo("Jeremy Malcolm");
        assertThat(quote.originMessageId()).as("origin").isNull();
    }

    @Test
    void a_later_message_pasting_the_quoted_text_as_its_own_is_not_the_quote_s_origin() throws IOException {
        Path december = folder.resolve("2013-December.txt");
        Files.writeString(december, onDecember9("Carol", 9, "[bestbits] Draft statement on travel", "travel-3", """
                        Pasting the line from the October draft again, for the statement:

                        Travel support for participants from the global South should be decided by an open call,
                        not by the organisers of the meeting.

                        Carol"""));
        importer.importPaths(project, List.of(december), ImportProgress.NONE);

        importer.importPaths(project, List.of(NOVEMBER), ImportProgress.NONE);

        assertThat(quoteIn(corpus.read(messageSentIn("2013-11")).orElseThrow()).originMessageId())
                .as("origin of November's quote, whose text a December message repeats")
                .isNull();
        importer.importPaths(project, List.of(OCTOBER), ImportProgress.NONE);
        assertThat(quoteIn(corpus.read(messageSentIn("2013-11")).orElseThrow()).originMessageId())
                .as("origin of November's quote once October is imported")
                .isEqualTo(messageSentIn("2013-10"));
    }

    @Test
    void an_import_traces_the_quotes_of_earlier_imports_only_to_its_own_messages() throws IOException {
        // The reply comes first in its file, so the import that read it had not yet read what it quotes.
        Path outOfOrder = folder.resolve("out-of-order.mbox");
        Files.writeString(
                outOfOrder,
                onDecember9("Bob", 10, "Re: [bestbits] Travel", "reply", """
                                > Travel support for participants from the global South should be decided by an open call,
                                > not by the organisers of the meeting.

                                Agreed.""")
                        + onDecember9("Carol", 9, "[bestbits] Travel", "original", """
                                Travel support for participants from the global South should be decided by an open call,
                                not by the organisers of the meeting."""));
        Path unrelated = folder.resolve("unrelated.mbox");
        Files.writeString(
                unrelated,
                onDecember9(
                        "Dave", 8, "[bestbits] Agenda", "agenda", "The agenda for Thursday's call is on the wiki."));
        importer.importPaths(project, List.of(outOfOrder), ImportProgress.NONE);
        long reply = messageSentIn("2013-12-09T10");

        ImportReport report = importer.importPaths(project, List.of(unrelated), ImportProgress.NONE);

        assertThat(report.earlierQuotesTraced())
                .as("quotes of earlier imports traced by an import that none of them quotes")
                .isZero();
        assertThat(quoteIn(corpus.read(reply).orElseThrow()).originMessageId())
                .as("origin of the reply's quote, left as its own import left it")
                .isNull();
    }

    @Test
    void months_imported_newest_first_end_with_the_origins_and_speakers_of_an_import_in_date_order() {
        List<Path> months = Stream.of("September", "October", "November")
                .map(month -> SharedCorpora.folder().resolve("twisted-python/2013-" + month + ".txt.gz"))
                .toList();
        importer.importPaths(project, months, ImportProgress.NONE);
        Project newestFirst = projects.create("late-reversed-" + UUID.randomUUID());
        for (Path month : months.reversed()) {
            importer.importPaths(newestFirst, List.of(month), ImportProgress.NONE);
        }

        List<String> inDateOrder = quotes(project);
        assertThat(inDateOrder)
                .as("quotes traced to an origin, imported in date order")
                .filteredOn(quote -> quote.contains(" from <"))
                .hasSizeGreaterThan(500);
        assertThat(quotes(newestFirst))
                .as("each quote's origin and speaker, the months imported newest first")
                .isEqualTo(inDateOrder);
    }

    /** A message of a pipermail month, sent on 9 December 2013 at {@code hour}, from {@code name} at example.net. */
    private static String onDecember9(String name, int hour, String subject, String id, String body) {
        return """
                From %1$s at example.net  Mon Dec  9 %2$02d:00:00 2013
                From: %1$s at example.net (%3$s)
                Date: Mon, 9 Dec 2013 %2$02d:00:00 +0000
                Subject: %4$s
                Message-ID: <%5$s@example.net>

                %6$s

                """.formatted(name.toLowerCase(Locale.ROOT), hour, name, subject, id, body);
    }

    /** Each quote as its message, place, origin and speaker's addresses: names may differ between two imports. */
    private List<String> quotes(Project of) {
        Map<Long, Set<String>> addresses = corpus.participants(of).stream()
                .collect(Collectors.toMap(Participant::getId, Participant::getAddresses));
        List<String> quotes = new ArrayList<>();
        corpus.forEachBlock(of, null, block -> {
            if (block.role() == BlockRole.QUOTE) {
                quotes.add(block.messageId() + " #" + block.blockNumber()
                        + (block.originMessageId() == null ? "" : " from <" + block.originMessageId() + ">")
                        + " by " + (block.speakerId() == null ? "nobody known" : addresses.get(block.speakerId())));
            }
        });
        quotes.sort(null);
        return quotes;
    }

    private MessageReading onlyMessage() {
        List<MessageRow> rows = corpus.findMessages(project, Pageable.unpaged()).getContent();
        assertThat(rows).as("messages").hasSize(1);
        return corpus.read(rows.getFirst().id()).orElseThrow();
    }

    private long messageSentIn(String month) {
        return corpus.findMessages(project, Pageable.unpaged()).getContent().stream()
                .filter(row -> row.sentAt().toString().startsWith(month))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static MessageReading.BlockReading quoteIn(MessageReading message) {
        return message.blocks().get(quoteIndex(message));
    }

    private static int quoteIndex(MessageReading message) {
        for (int i = 0; i < message.blocks().size(); i++) {
            if (message.blocks().get(i).role() == BlockRole.QUOTE) {
                return i;
            }
        }
        throw new AssertionError("no quote in message " + message.id());
    }

    private long position() {
        Issue issue = codebook.addIssue(project, "Travel support", null);
        return codebook.addPosition(issue, "Open call", null, "#1f77b4", '1').getId();
    }

    private long code(MessageReading message, String phrase, long position) {
        int start = message.body().indexOf(phrase);
        assertThat(start).as("'" + phrase + "' in message " + message.id()).isNotNegative();
        return coding.code(new CodingRequest(
                        message.id(),
                        new PassageRange(start, start + phrase.length(), phrase),
                        position,
                        StanceQualifier.SUPPORTS,
                        null))
                .id();
    }

    private Map<String, Object> annotation(long id) {
        return jdbc.queryForMap(
                "select speaker_id, origin_message_id, origin_start, origin_end, statement_key from annotation"
                        + " where id = ?",
                id);
    }

    private long idOf(String name) {
        return corpus.participants(project).stream()
                .filter(p -> p.getDisplayName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
