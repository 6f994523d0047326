package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.caucus.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads the real archives in {@code ../shared/corpora} (or the folder named by the system property {@code
 * caucus.corpora}); skipped with a message when they are absent.
 */
class CorpusReadingTest {

    private static final Pattern BOUNDARY_PARAMETER =
            Pattern.compile("boundary=\\s*\"?([^\"\\s;]+)", Pattern.CASE_INSENSITIVE);

    private final MailSources sut = new MailSources();

    @Test
    void twisted_python_2013_november_has_one_message_per_strict_separator_line() throws IOException {
        Path month = corpora().resolve("twisted-python/2013-November.txt.gz");

        List<ReadOutcome> outcomes = read(month);

        assertThat(outcomes)
                .as("one message read per separator line")
                .hasSize((int) separatorLines(month))
                .allMatch(ReadOutcome.Read.class::isInstance);
        assertThat(outcomes.stream().map(o -> ((ReadOutcome.Read) o).message().listName()))
                .as("list names")
                .containsOnly("Twisted-Python");
    }

    @Test
    void all_of_twisted_python_reads_one_message_per_separator_line() throws IOException {
        Path list = corpora().resolve("twisted-python");
        long separators = 0;
        try (var months = Files.list(list)) {
            for (Path month :
                    months.filter(p -> p.toString().endsWith(".txt.gz")).toList()) {
                separators += separatorLines(month);
            }
        }

        List<ReadOutcome> outcomes = read(list);

        List<ParsedMessage> messages = messages(outcomes);
        assertThat(messages).as("messages read").hasSize((int) separators);
        assertThat(outcomes.stream().filter(o -> !(o instanceof ReadOutcome.Read)))
                .as("outcomes other than messages: the licence file beside the archives")
                .containsExactly(new ReadOutcome.Skipped(
                        SourcePosition.wholeFile("LICENSE"), "LICENSE: the archive's licence, not mail"));
    }

    @Test
    void body_lines_starting_with_from_stay_inside_their_messages() throws IOException {
        // 2002-July holds the false split of tricky/01: "From here on, something like:" inside a body.
        Path month = corpora().resolve("twisted-python/2002-July.txt.gz");

        List<ParsedMessage> messages = messages(read(month));

        assertThat(messages).as("messages of 2002-July").hasSize((int) separatorLines(month));
        assertThat(messages)
                .as("messages of 2002-July")
                .allMatch(m -> m.posterAddress() != null && m.dateHeader() != null, "has a poster and a date")
                .anyMatch(m -> m.body().contains("\nFrom here on, something like:"));
    }

    @Test
    void bogus_1945_date_is_kept_as_written_with_a_warning_and_no_sent_at() {
        List<ParsedMessage> messages = messages(read(corpora().resolve("twisted-python/1945-February.txt.gz")));

        ParsedMessage bogus = messages.stream()
                .filter(m -> m.dateHeader().contains("+50579034"))
                .findFirst()
                .orElseThrow();
        assertThat(bogus.sentAt()).as("sent at").isNull();
        assertThat(bogus.dateHeader()).as("date header").isEqualTo("Mon, 21 Oct 2002 15:02:34 +50579034");
        assertThat(bogus.warnings())
                .as("warnings")
                .contains("1945-February.txt.gz, message 1: Date header 'Mon, 21 Oct 2002 15:02:34 +50579034' is not"
                        + " a date with a time zone; kept with no date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            01_pipermail_body_From_line_false_split.mbox          | READ    | 1 | Dynamic web application using twisted.web.resource
            02_pipermail_false_split_twisted_web.mbox             | READ    | 1 | Higher level application servers
            03_pipermail_bogus_date_1945_tz+50579034.mbox         | READ    | 1 | Creating an SSH client programatically with Twisted?
            04_pipermail_mailman1_fromline_unobfuscated.mbox      | READ    | 1 | author efficiency
            05_pipermail_rfc2047_subject_iso8859.mbox             | READ    | 1 | Andreas Sohn/PLUS/MHM/TUG/DE ist außer Haus.
            06_pipermail_rfc2047_from_utf8.mbox                   | READ    | 1 | Remarks about the TAP to NT service tools (moonfallen sandbox)
            07_pipermail_undeclared_latin1_body.mbox              | READ    | 1 | LBWR SIgns Record Contract, Biggest In History - CJ8Nw
            08_pipermail_utf8_body_no_charset.mbox                | READ    | 1 | new function for t.i.main
            09_pipermail_outlook_original_message_block.mbox      | READ    | 1 | Epoll error after upgrading from 10.0 to 12.3
            10_pipermail_nested_quotes_attribution_scrubbed_html.mbox | READ | 1 | "Cleared to Land"?
            11_pipermail_missing_message_id.mbox                  | READ    | 1 | Real Viagra Professional - for real sex pros
            12_pipermail_nontext_attachment_scrubbed.mbox         | READ    | 1 | multi-process chat client and poller
            13_pipermail_long_references_chain.mbox               | READ    | 1 | ws(s):// urls and host/port duplication in twisted/autobahn code
            26_ietf_outlook_windows1252_reply.mbox                | READ    | 1 | Changes in Multicast extension codepoints
            27_ietf_applemail_inline_images.mbox                  | READ    | 1 | Agenda items for IETF77 ANCP WG meeting
            28_ietf_multipart_alternative_html.mbox               | READ    | 1 | Small ANCP issues -- definition of sub-TLV
            29_ietf_gb2312.mbox                                   | READ    | 1 | Looking for comments of the draft "Network Anti-Attack for ANCP"
            30_3gpp_listserv_masked_addrs_outlook.mbox            | READ    | 1 | Attn: Esko Dijk - Online tool for looking up 3GPP acronyms
            31_mailbox_mmdf.txt                                   | READ    | 5 | I-D ACTION:draft-ietf-uri-url-07.txt
            32_mailbox_from.txt                                   | REFUSED | 0 | 32_mailbox_from.txt: not a mail archive: it holds several messages with no 'From ' separator lines between them, so they cannot be told apart safely; export it as mbox
            33_mailbox_year.txt                                   | REFUSED | 0 | 33_mailbox_year.txt: not a mail archive: its messages are separated by bare year lines ('2005'), a mailbox format Caucus does not read; export it as mbox
            37_bad_date_header.eml                                | READ    | 1 | You may_be Eligible for Legitimate_Cash from_GovAgencies!
            38_content_transfer_encoding_empty.eml                | READ    | 1 | 4d8119
            39_must_supply_encoding.eml                           | READ    | 1 | Impress your clients with a business phone\uFFFD\uFFFD\uFFFD
            40_content_transfer_encoding_x_uuencode.eml           | READ    | 1 | PGP Comments on RTO West Release of Dec. 14
            41_japanese_shift_jis.eml                             | READ    | 1 | test
            42_ks_c_5601-1987.eml                                 | READ    | 1 | test
            43_raw_email_with_illegal_boundary.eml                | READ    | 1 | Testing outlook
            44_outlook.eml                                        | READ    | 1 | Test
            45_yahoo.eml                                          | READ    | 1 | Test
            """)
    void every_tricky_file_is_read_or_refused_with_a_reason(
            String file, String expected, int messages, String firstThreadSubjectOrReason) {
        List<ReadOutcome> outcomes = read(corpora().resolve("tricky").resolve(file));

        if (expected.equals("REFUSED")) {
            assertThat(outcomes)
                    .as("outcomes of " + file)
                    .containsExactly(
                            new ReadOutcome.Refused(SourcePosition.wholeFile(file), firstThreadSubjectOrReason));
        } else {
            assertThat(outcomes)
                    .as("outcomes of " + file)
                    .hasSize(messages)
                    .allMatch(ReadOutcome.Read.class::isInstance);
            String expectedSubject = firstThreadSubjectOrReason.replace("\\uFFFD", "\uFFFD");
            assertThat(messages(outcomes).get(0).threadSubject())
                    .as("thread subject of the first message of " + file)
                    .startsWith(expectedSubject);
        }
    }

    @Test
    void tricky_charsets_and_encoded_words_are_decoded() {
        Path tricky = corpora().resolve("tricky");

        assertThat(only(tricky.resolve("06_pipermail_rfc2047_from_utf8.mbox")).posterName())
                .as("RFC 2047 poster name")
                .isEqualTo("Patrick Mézard");
        assertThat(only(tricky.resolve("41_japanese_shift_jis.eml")).body())
                .as("Shift_JIS body")
                .startsWith("あいうえお");
        assertThat(only(tricky.resolve("42_ks_c_5601-1987.eml")).body())
                .as("ks_c_5601-1987 body")
                .isEqualTo("스티해");
        assertThat(only(tricky.resolve("26_ietf_outlook_windows1252_reply.mbox"))
                        .body())
                .as("windows-1252 body of a multipart mbox message on its own")
                .contains("Desmoulins – Imm", "91.470 €")
                .doesNotContain("--Apple-Mail-");
        ParsedMessage latin = only(tricky.resolve("07_pipermail_undeclared_latin1_body.mbox"));
        assertThat(latin.charsetChoice())
                .as("charset choice for an undeclared 8-bit body")
                .isEqualTo(CharsetChoice.DETECTED);
        assertThat(latin.charset()).as("charset for an undeclared 8-bit body").isNotEqualTo("UTF-8");
        ParsedMessage masked = only(tricky.resolve("30_3gpp_listserv_masked_addrs_outlook.mbox"));
        assertThat(masked.posterAddress()).as("masked address").isNull();
        assertThat(masked.warnings())
                .as("warnings")
                .containsExactly("30_3gpp_listserv_masked_addrs_outlook.mbox, message 1: From address '[log in to"
                        + " unmask]' is masked or not an address; poster kept by name");
    }

    @Test
    void numpy_s_dates_without_a_time_zone_are_read_as_utc_with_a_warning() {
        List<ParsedMessage> messages = messages(read(corpora().resolve("misc/numpy-discussion-2001-November.txt")));

        assertThat(messages).as("messages").hasSize(164);
        assertThat(messages)
                .extracting(message ->
                        message.sentAt() == null ? null : message.sentAt().getOffset())
                .as("offsets of the dates")
                .containsOnly(ZoneOffset.UTC);
        assertThat(messages.getFirst().sentAt())
                .as("the first one")
                .isEqualTo(OffsetDateTime.of(2001, 11, 1, 11, 19, 12, 0, ZoneOffset.UTC));
        assertThat(messages.getFirst().warnings())
                .as("its warnings")
                .containsExactly("numpy-discussion-2001-November.txt, message 1: Date header 'Thu Nov 1 11:19:12"
                        + " 2001' gives no time zone; read as UTC, so it may be up to 14 hours off");
    }

    @Test
    void ietf_ancp_charsets_are_decoded_as_declared() {
        List<ParsedMessage> messages = messages(read(corpora().resolve("misc/ietf-ancp-2010-03.mbox")));
        Map<String, ParsedMessage> byId =
                messages.stream().collect(Collectors.toMap(ParsedMessage::messageId, Function.identity()));

        assertThat(messages).as("messages").hasSize(36);
        assertThat(messages.stream().filter(m -> !boundaries(m).isEmpty()))
                .as("multipart messages")
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(messages)
                .as("bodies holding a line of one of their own MIME boundaries (multipart structure left unparsed)")
                .noneMatch(m -> m.body()
                        .lines()
                        .anyMatch(line -> boundaries(m).stream().anyMatch(b -> line.startsWith("--" + b))));
        assertThat(messages)
                .as("bodies without replacement characters or UTF-8 read as Latin-1")
                .noneMatch(m -> m.body().contains("\uFFFD")
                        || m.body().contains("Ã©")
                        || m.body().contains("â€"));
        ParsedMessage windows1252 = byId.get("F636A092-EEDC-4C01-90F8-F7D6B650FCDA@cisco.com");
        assertThat(windows1252.body())
                .as("windows-1252 body")
                .contains("Société à responsabiité limitée", "Desmoulins – Imm", "91.470 €");
        ParsedMessage gb2312 = byId.get("OFB253AB3C.3AA9F319-ON482576DC.00362868-482576DC.00375D3C@zte.com.cn");
        assertThat(gb2312.charset()).as("gb2312 read with its superset").isEqualTo("GBK");
        assertThat(gb2312.body()).as("gb2312 body").contains("吴波");
        assertThat(windows1252.charsetChoice())
                .as("windows-1252 charset choice")
                .isEqualTo(CharsetChoice.DECLARED);
        assertThat(gb2312.charsetChoice()).as("gb2312 charset choice").isEqualTo(CharsetChoice.DECLARED);
        ParsedMessage latin1 = byId.get("945527.34063.qm@web113808.mail.gq1.yahoo.com");
        assertThat(latin1.charsetChoice()).as("iso-8859-1 charset choice").isEqualTo(CharsetChoice.DECLARED);
        assertThat(latin1.charset()).as("iso-8859-1 read with its superset").isEqualTo("windows-1252");
        assertThat(latin1.body())
                .as("iso-8859-1 quoted-printable body: =A0 decoded to no-break spaces, soft line breaks joined")
                .startsWith("We may be already covered by existing AN and NAS interaction defined in multicast"
                        + " extensions draft. Please see inline [SW].")
                .contains("\u00a0")
                .doesNotContain("=A0");
        assertThat(messages.stream().map(ParsedMessage::charset))
                .as("charsets recorded")
                .contains("windows-1252", "GBK", "UTF-8");
        assertThat(messages.stream().map(ParsedMessage::listName).collect(Collectors.toSet()))
                .as("list names")
                .isEqualTo(Set.of("ANCP"));
    }

    @Test
    void html_pages_of_2013_november_give_the_same_messages_as_the_text_archive() {
        List<ParsedMessage> fromText = messages(read(corpora().resolve("twisted-python/2013-November.txt.gz")));
        List<ReadOutcome> pageOutcomes = read(corpora().resolve("twisted-python-html/2013-November"));
        List<ParsedMessage> fromPages = messages(pageOutcomes);

        assertThat(pageOutcomes.stream()
                        .filter(o -> !(o instanceof ReadOutcome.Read))
                        .map(o -> o.position().sourceName()))
                .as("index pages skipped, and the stub index.html refused as not mail")
                .containsExactlyInAnyOrder("author.html", "date.html", "index.html", "subject.html", "thread.html");
        assertThat(fromPages).as("messages from pages").hasSameSizeAs(fromText);
        // The archive holds some messages twice (same Message-ID), so messages are paired by id and instant in order.
        Map<String, List<ParsedMessage>> pagesByKey = fromPages.stream()
                .collect(Collectors.groupingBy(CorpusReadingTest::key, Collectors.toCollection(ArrayList::new)));
        List<String> differences = new ArrayList<>();
        for (ParsedMessage text : fromText) {
            List<ParsedMessage> candidates = pagesByKey.getOrDefault(key(text), List.of());
            if (candidates.isEmpty()) {
                differences.add(key(text) + ": no page");
                continue;
            }
            ParsedMessage page = candidates.remove(0);
            if (!page.subject().equals(text.subject())
                    || !Objects.equals(page.posterName(), text.posterName())
                    || !Objects.equals(page.posterAddress(), text.posterAddress())) {
                differences.add(key(text) + ": headers differ");
            } else if (!sameModuloLostCharacters(comparable(page.body()), comparable(text.body()))) {
                differences.add(key(text) + ": bodies differ");
            }
        }
        assertThat(differences)
                .as("messages whose page differs from the text archive")
                .isEmpty();
    }

    /**
     * Read as an import reads it (an id is held once a message with it was read), the archive gives a duplicate
     * exactly where reading every message in full gives a message whose id came earlier, and every other outcome as
     * before: the reader asks with the very id that the assembled message has.
     */
    @Test
    void all_of_twisted_python_read_knowing_what_was_read_gives_duplicates_exactly_where_an_id_repeats() {
        Path list = corpora().resolve("twisted-python");
        Set<String> seen = new HashSet<>();
        List<String> expected = new ArrayList<>();
        sut.read(
                list,
                outcome -> expected.add(
                        outcome instanceof ReadOutcome.Read read
                                        && read.message().messageId() != null
                                        && !seen.add(read.message().messageId())
                                ? "duplicate " + outcome.position() + " "
                                        + read.message().messageId()
                                : fingerprint(outcome)));
        List<String> actual = new ArrayList<>();

        readAsAnImport(list, new HashSet<>(), outcome -> actual.add(fingerprint(outcome)));

        assertThat(actual).as("outcomes, knowing the ids read before").isEqualTo(expected);
        assertThat(actual.stream()
                        .filter(outcome -> outcome.startsWith("duplicate "))
                        .count())
                .as("copies of a message with an id read before, not assembled again")
                .isEqualTo(32_464);
    }

    @Test
    void html_pages_of_a_month_read_before_from_its_text_archive_are_duplicates() {
        Set<String> held = new HashSet<>();
        readAsAnImport(corpora().resolve("twisted-python/2013-November.txt.gz"), held, outcome -> {});
        List<ParsedMessage> pages = messages(read(corpora().resolve("twisted-python-html/2013-November")));
        long pagesWithAnId =
                pages.stream().filter(message -> message.messageId() != null).count();
        List<ReadOutcome> outcomes = new ArrayList<>();

        readAsAnImport(corpora().resolve("twisted-python-html/2013-November"), held, outcomes::add);

        assertThat(outcomes.stream().filter(ReadOutcome.Duplicate.class::isInstance))
                .as("pages of messages read from the text archive")
                .hasSize((int) pagesWithAnId)
                .isNotEmpty();
        assertThat(messages(outcomes))
                .as("pages still read in full: those without an id")
                .hasSize((int) (pages.size() - pagesWithAnId));
    }

    /**
     * What reading a copy costs once its id is known: the whole archive read in full and read as an import reads it,
     * in turns, after warm-up rounds; the reading thread's CPU time, median of 5. About a minute: run with {@code
     * -Dcaucus.benchmark=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "caucus.benchmark", matches = "true")
    void reading_all_of_twisted_python_knowing_the_ids_read_before_benchmark() {
        Path list = corpora().resolve("twisted-python");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> inFull = new ArrayList<>();
        List<Long> knowing = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            long[] duplicates = {0};
            long start = threads.getCurrentThreadCpuTime();
            sut.read(list, outcome -> {});
            long middle = threads.getCurrentThreadCpuTime();
            readAsAnImport(
                    list,
                    new HashSet<>(),
                    outcome -> duplicates[0] += outcome instanceof ReadOutcome.Duplicate ? 1 : 0);
            long end = threads.getCurrentThreadCpuTime();
            assertThat(duplicates[0]).as("duplicates in round " + round).isEqualTo(32_464);
            if (round >= 3) {
                inFull.add(middle - start);
                knowing.add(end - middle);
            }
        }
        double full = median(inFull) / 1e6;
        double known = median(knowing) / 1e6;
        System.out.printf(
                "twisted-python read in full: %.0f ms CPU; knowing the ids read before: %.0f ms CPU; ratio %.2f%n",
                full, known, known / full);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** Reads as an import does: a message read with an id is held from then on, so that its later copies are duplicates. */
    private void readAsAnImport(Path path, Set<String> held, Consumer<ReadOutcome> sink) {
        sut.knowing(held::contains).read(path, outcome -> {
            if (outcome instanceof ReadOutcome.Read read && read.message().messageId() != null) {
                held.add(read.message().messageId());
            }
            sink.accept(outcome);
        });
    }

    /** What an outcome is, where, and the message's id. */
    private static String fingerprint(ReadOutcome outcome) {
        return switch (outcome) {
            case ReadOutcome.Read read ->
                "read " + outcome.position() + " " + read.message().messageId();
            case ReadOutcome.Duplicate copy -> "duplicate " + outcome.position() + " " + copy.messageId();
            case ReadOutcome.Failed failed -> "failed " + outcome.position() + " " + failed.reason();
            case ReadOutcome.Refused refused -> "refused " + outcome.position() + " " + refused.reason();
            case ReadOutcome.Skipped skipped -> "skipped " + outcome.position() + " " + skipped.reason();
        };
    }

    /** The boundary parameters declared anywhere in a message's raw bytes. */
    private static List<String> boundaries(ParsedMessage message) {
        return BOUNDARY_PARAMETER
                .matcher(new String(message.raw(), StandardCharsets.ISO_8859_1))
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    /** Message-ID (or, without one, the instant it was sent) and the instant: pages and text must agree on both. */
    private static String key(ParsedMessage message) {
        return message.messageId() + " at " + message.sentAt().toInstant();
    }

    /**
     * Pipermail's HTML writer changes whitespace at the ends of lines and the number of blank lines at the end of the
     * article; those are not text the sender wrote differently.
     */
    private static String comparable(String body) {
        return body.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{2,}", "\n\n").strip();
    }

    /**
     * Mailman's .txt archive wrote "?" for each character it could not convert out of a message's declared charset,
     * while the HTML page kept the character: those positions are the only difference allowed.
     */
    private static boolean sameModuloLostCharacters(String page, String text) {
        int[] p = page.codePoints().toArray();
        int[] t = text.codePoints().toArray();
        if (p.length != t.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (p[i] != t[i] && !(t[i] == '?' && p[i] > 127)) {
                return false;
            }
        }
        return true;
    }

    private List<ReadOutcome> read(Path path) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        sut.read(path, outcomes::add);
        return outcomes;
    }

    private ParsedMessage only(Path path) {
        List<ParsedMessage> messages = messages(read(path));
        assertThat(messages).as("messages of " + path.getFileName()).hasSize(1);
        return messages.get(0);
    }

    private static List<ParsedMessage> messages(List<ReadOutcome> outcomes) {
        return outcomes.stream()
                .filter(ReadOutcome.Read.class::isInstance)
                .map(o -> ((ReadOutcome.Read) o).message())
                .toList();
    }

    /** Counted here independently of the reader, with grep's view of the separator. */
    private static long separatorLines(Path gz) throws IOException {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.ISO_8859_1))) {
            return lines.lines()
                    .filter(line -> line.startsWith("From ")
                            && line.matches(".*  \\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}"))
                    .count();
        }
    }

    static Path corpora() {
        return SharedCorpora.folder();
    }
}
