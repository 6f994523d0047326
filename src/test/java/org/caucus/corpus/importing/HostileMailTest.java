package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input built to break an importer: mail loops, mail bombs, files from other systems' tools. Each once stopped a
 * whole import, hung it, or stored text wrongly without a word; now each ends read, or failed or refused with a
 * reason, and the messages around it are read.
 */
class HostileMailTest {

    private final MailSources sut = new MailSources();

    @Test
    void a_subject_a_mail_loop_gave_a_thousand_reply_prefixes_keeps_its_list_and_thread() {
        String subject = "Re: ".repeat(1_000) + "[bestbits] the loop";

        List<ReadOutcome> outcomes =
                read("loop.mbox", threeMessages("b@example.org", "Subject: " + subject + "\n\nLooping.\n"));

        assertThat(outcomes).as("outcomes").hasSize(3).allMatch(ReadOutcome.Read.class::isInstance);
        ParsedMessage looped = message(outcomes, 1);
        assertThat(looped.listName()).as("list").isEqualTo("bestbits");
        assertThat(looped.threadSubject()).as("thread subject").isEqualTo("the loop");
    }

    @Test
    void a_message_whose_parts_nest_thousands_of_levels_deep_fails_alone() {
        StringBuilder nested = new StringBuilder("Subject: bomb\nMIME-Version: 1.0\n");
        int levels = 8_000;
        for (int level = 0; level < levels; level++) {
            nested.append("Content-Type: multipart/mixed; boundary=\"b")
                    .append(level)
                    .append("\"\n\n--b")
                    .append(level)
                    .append('\n');
        }
        nested.append("Content-Type: text/plain\n\ndeep\n");

        List<ReadOutcome> outcomes = read("bomb.mbox", threeMessages("b@example.org", nested.toString()));

        assertThat(outcomes).as("outcomes").hasSize(3);
        assertThat(outcomes.get(1))
                .as("the bomb")
                .isInstanceOfSatisfying(
                        ReadOutcome.Failed.class,
                        failed -> assertThat(failed.reason())
                                .contains("message 2")
                                .contains("nested thousands of levels deep"));
        assertThat(List.of(outcomes.get(0), outcomes.get(2)))
                .as("the messages around it")
                .allMatch(ReadOutcome.Read.class::isInstance);
    }

    @Test
    void zips_inside_zips_past_the_limit_are_refused_and_the_levels_within_it_read() {
        byte[] inner = eml("Subject: deep\n\nHello.\n");
        byte[] allowed = zipped("m.eml", inner);
        for (int level = 1; level < 10; level++) {
            allowed = zipped("level" + level + ".zip", allowed);
        }

        assertThat(read("allowed.zip", allowed))
                .as("nested to the limit")
                .singleElement()
                .isInstanceOf(ReadOutcome.Read.class);
        assertThat(read("bomb.zip", zipped("one-more.zip", allowed)))
                .as("one level more")
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .endsWith(
                                        ": a .gz or .zip inside 10 others; refused as a possible decompression bomb"));
    }

    @Test
    void gzips_inside_gzips_past_the_limit_are_refused() {
        byte[] nested = eml("Subject: deep\n\nHello.\n");
        for (int level = 0; level <= MailSources.MAX_CONTAINERS; level++) {
            nested = MailReadersTest.gzip(nested);
        }

        assertThat(read("2013-November.txt.gz", nested))
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo("2013-November.txt.gz: a .gz or .zip inside 10 others; refused as a possible"
                                        + " decompression bomb"));
    }

    @Test
    void a_text_body_longer_than_a_body_holds_keeps_its_beginning_with_a_warning() {
        String line = "x".repeat(99) + "\n";
        String body = line.repeat(10_000_000 / line.length() + 1_000);

        ParsedMessage read = message(read("long.mbox", threeMessages("b@example.org", "Subject: long\n\n" + body)), 1);

        assertThat(read.body().length()).as("body length").isLessThanOrEqualTo(10_000_000);
        assertThat(read.body()).as("body").startsWith(line.repeat(3));
        assertThat(read.warnings())
                .as("warnings")
                .anySatisfy(warning -> assertThat(warning).contains("longer than the 10000000 bytes a body holds"));
    }

    @Test
    void an_html_body_whose_quote_markers_would_outgrow_what_a_body_holds_keeps_its_beginning_with_a_warning() {
        // Five bytes of markup make a line of 33 characters 30 blockquotes deep.
        String html = "<blockquote>".repeat(40) + "x<br>".repeat(500_000);

        ParsedMessage read = message(
                read(
                        "deep.mbox",
                        threeMessages(
                                "b@example.org", "Subject: deep\nContent-Type: text/html; charset=utf-8\n\n" + html)),
                1);

        assertThat(read.body().length()).as("body length").isLessThanOrEqualTo(10_000_000);
        assertThat(read.body()).as("body").startsWith(">".repeat(30) + " x\n");
        assertThat(read.warnings())
                .as("warnings")
                .anySatisfy(
                        warning -> assertThat(warning).contains("longer than the 10000000 characters a body holds"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void a_from_header_of_150_000_at_signs_is_read_in_seconds_not_minutes() {
        List<ReadOutcome> outcomes = read("from.mbox", threeMessages("a@".repeat(150_000), "\nHi.\n"));

        assertThat(outcomes).as("outcomes").hasSize(3).allMatch(ReadOutcome.Read.class::isInstance);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Alice <alice@example.org>, Bob <bob@example.org> | Alice | alice@example.org | From header names 2 senders; the message is credited to the first, alice@example.org
            alice@example.org, bob@example.org               |       | alice@example.org | From header names 2 senders; the message is credited to the first, alice@example.org
            Bob <bob@example.org> (on the road)              | Bob   | bob@example.org   |
            "alice@example.org" <alice@example.org>          |       | alice@example.org |
            """)
    void a_from_of_several_senders_or_with_a_comment_is_credited_to_its_first_sender(
            String from, String name, String address, String warning) {
        ParsedMessage read = message(read("from.mbox", threeMessages(from, "Subject: who\n\nMe.\n")), 1);

        assertThat(read.posterName()).as("name").isEqualTo(name);
        assertThat(read.posterAddress()).as("address").isEqualTo(address);
        assertThat(read.warnings().stream().filter(w -> w.contains("From header")))
                .as("warnings")
                .containsExactlyElementsOf(warning == null ? List.of() : List.of("from.mbox, message 2: " + warning));
    }

    @Test
    void an_encoded_word_that_cannot_be_decoded_is_named_in_a_warning() {
        ParsedMessage unknown = message(
                read("words.mbox", threeMessages("b@example.org", "Subject: =?x-klingon?B?SGVsbG8=?= 1net\n")), 1);
        ParsedMessage known =
                message(read("words.mbox", threeMessages("b@example.org", "Subject: =?utf-8?Q?caf=C3=A9?= 1net\n")), 1);

        assertThat(unknown.warnings())
                .as("the unknown charset's warnings")
                .contains("words.mbox, message 2: the Subject header has an encoded word that could not be decoded (an"
                        + " unknown charset, or a broken encoding); compare it with the original");
        assertThat(known.subject()).as("a word decoded").isEqualTo("café 1net");
        assertThat(known.warnings()).as("its warnings").noneMatch(warning -> warning.contains("encoded word"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            =?utf-8?Q?caf=C3=A9?= =?x-klingon?Q?b?= 1net    | café =?x-klingon?Q?b?= 1net
            =?x-klingon?Q?b?= =?utf-8?Q?caf=C3=A9?= 1net    | =?x-klingon?Q?b?= café 1net
            a =?x-klingon?Q?b?= =?x-klingon?Q?c?= d          | a =?x-klingon?Q?b?= =?x-klingon?Q?c?= d
            =?utf-8?Q?caf=C3?= =?utf-8?Q?=A9?= =?x-klingon?Q?b?= | café =?x-klingon?Q?b?=
            """)
    void a_word_that_cannot_be_decoded_keeps_the_space_beside_its_decoded_neighbours(String subject, String shown) {
        ParsedMessage read =
                message(read("words.mbox", threeMessages("b@example.org", "Subject: " + subject + "\n")), 1);

        assertThat(read.subject()).as("the subject").isEqualTo(shown);
    }

    @Test
    void a_declared_iso_2022_jp_or_utf_16_body_is_decoded_as_declared_though_its_bytes_are_all_below_128() {
        String japanese = "こんにちは、世界";

        ParsedMessage jis = message(read("jis.eml", declared("ISO-2022-JP", japanese)), 0);
        ParsedMessage utf16 = message(
                read(
                        "utf16.eml",
                        ("From: c@example.org\nSubject: declared\nMIME-Version: 1.0\n"
                                        + "Content-Type: text/plain; charset=UTF-16LE\n"
                                        + "Content-Transfer-Encoding: base64\n\n"
                                        + Base64.getMimeEncoder()
                                                .encodeToString("Hello, 1net".getBytes(StandardCharsets.UTF_16LE)))
                                .getBytes(StandardCharsets.US_ASCII)),
                0);

        assertThat(jis.body()).as("ISO-2022-JP body").isEqualTo(japanese);
        assertThat(jis.charsetChoice()).as("ISO-2022-JP chosen").isEqualTo(CharsetChoice.DECLARED);
        assertThat(utf16.body()).as("UTF-16LE body").isEqualTo("Hello, 1net");
    }

    @Test
    void an_undeclared_iso_2022_jp_body_is_detected_not_read_as_ascii() {
        byte[] body = "こんにちは、世界。日本語のメールです。".getBytes(Charset.forName("ISO-2022-JP"));
        byte[] mail = concat("Subject: jis\n\n".getBytes(StandardCharsets.US_ASCII), body);

        ParsedMessage read = message(read("jis.eml", mail), 0);

        assertThat(read.body()).as("body").isEqualTo("こんにちは、世界。日本語のメールです。");
        assertThat(read.charset()).as("charset").isEqualTo("ISO-2022-JP");
    }

    @Test
    void a_byte_order_mark_before_an_archive_or_an_e_mail_is_not_taken_for_their_text() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        List<ReadOutcome> archive = read("bom.mbox", concat(bom, threeMessages("b@example.org", "Subject: b\n\nB.\n")));
        ParsedMessage eml = message(read("bom.eml", concat(bom, eml("Subject: c\n\nC.\n"))), 0);

        assertThat(archive).as("the archive's messages").hasSize(3).allMatch(ReadOutcome.Read.class::isInstance);
        assertThat(eml.posterAddress()).as("the e-mail's poster").isEqualTo("c@example.org");
    }

    @Test
    void a_zip_entry_named_in_ibm437_as_windows_tools_write_it_is_read_with_the_entries_after_it() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("IBM437"))) {
            for (String name : List.of("first.eml", "café.eml", "last.eml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(eml("Subject: " + name + "\n\nHello.\n"));
                zip.closeEntry();
            }
        }

        List<ReadOutcome> outcomes = read("windows.zip", bytes.toByteArray());

        assertThat(outcomes).as("outcomes").hasSize(3).allMatch(ReadOutcome.Read.class::isInstance);
        assertThat(outcomes.get(1).position().sourceName())
                .as("the second's name")
                .isEqualTo("windows.zip!/café.eml");
    }

    @Test
    void a_zip_cut_off_in_its_second_entry_keeps_the_first_and_says_where_it_stopped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("first.eml", "second.eml")) {
                zip.putNextEntry(new ZipEntry(name));
                // Random words, so that the second entry's data, where the cut falls, is most of the zip.
                zip.write(eml("Subject: " + name + "\n\n" + randomWords(new Random(7), 4_000) + "\n"));
                zip.closeEntry();
            }
        }
        byte[] whole = bytes.toByteArray();
        byte[] cut = Arrays.copyOf(whole, whole.length * 3 / 4);

        List<ReadOutcome> outcomes = read("cut.zip", cut);

        assertThat(outcomes).as("outcomes").hasSize(2);
        assertThat(outcomes.get(0)).as("the first entry").isInstanceOf(ReadOutcome.Read.class);
        assertThat(outcomes.get(1))
                .as("the cut")
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .startsWith("cut.zip: could not be read beyond its entry second.eml (")
                                .endsWith("); the entries before that were read"));
    }

    @Test
    void an_archive_whose_lines_end_in_a_carriage_return_alone_is_refused_with_what_to_do() {
        byte[] macintosh = new String(threeMessages("b@example.org", "Subject: cr\n\nCR.\n"), StandardCharsets.UTF_8)
                .replace('\n', '\r')
                .getBytes(StandardCharsets.UTF_8);

        assertThat(read("classic.mbox", macintosh))
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(
                                        "classic.mbox: not a mail archive: its lines end with a carriage return alone, as"
                                                + " classic Mac OS wrote them; save it with LF or CRLF line ends and import it again"));
    }

    @Test
    void a_zip_with_nothing_to_read_is_refused_by_name() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("months/"));
            zip.closeEntry();
        }

        assertThat(read("folders.zip", bytes.toByteArray()))
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(
                                        "folders.zip: the zip holds no files to read (none, or only folders and hidden"
                                                + " files)"));
    }

    @Test
    void a_zip_on_disk_is_read_past_an_encrypted_entry_which_is_refused_by_name(@TempDir Path folder)
            throws IOException {
        byte[] zip = zipOfEmls("1-first.eml", "2-secret.eml", "3-last.eml");
        markEncrypted(zip, "2-secret.eml");

        List<ReadOutcome> outcomes = readFile(folder.resolve("mixed.zip"), zip);

        assertThat(kindsAndSources(outcomes))
                .as("outcomes")
                .containsExactly(
                        "Read mixed.zip!/1-first.eml", "Refused mixed.zip!/2-secret.eml", "Read mixed.zip!/3-last.eml");
        assertThat(((ReadOutcome.Refused) outcomes.get(1)).reason())
                .as("why")
                .isEqualTo("mixed.zip!/2-secret.eml: encrypted; unpack it with its password and import the files");
        assertThat(read("mixed.zip", zip))
                .as("the same zip uploaded as a stream, which cannot be read past that entry")
                .hasSize(2)
                .last()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .startsWith("mixed.zip: could not be read beyond its entry 1-first.eml ("));
    }

    @Test
    void a_zip_on_disk_is_read_past_a_damaged_entry_which_is_refused_by_name(@TempDir Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] damagedSpan = new int[2];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("1-first.eml", "2-damaged.eml", "3-last.eml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.flush();
                int start = bytes.size();
                // Random words, so that the entry's compressed data is long enough to damage in its middle.
                zip.write(eml("Subject: " + name + "\n\n" + randomWords(new Random(11), 4_000) + "\n"));
                zip.closeEntry();
                if (name.startsWith("2-")) {
                    damagedSpan[0] = start;
                    damagedSpan[1] = bytes.size();
                }
            }
        }
        byte[] damaged = bytes.toByteArray();
        int middle = (damagedSpan[0] + damagedSpan[1]) / 2;
        Arrays.fill(damaged, middle, middle + 64, (byte) 0xFF);

        List<ReadOutcome> outcomes = readFile(folder.resolve("damaged.zip"), damaged);

        assertThat(kindsAndSources(outcomes))
                .as("outcomes")
                .containsExactly(
                        "Read damaged.zip!/1-first.eml",
                        "Refused damaged.zip!/2-damaged.eml",
                        "Read damaged.zip!/3-last.eml");
        assertThat(((ReadOutcome.Refused) outcomes.get(1)).reason())
                .as("why")
                .isEqualTo("damaged.zip!/2-damaged.eml: damaged: it does not unpack to what the zip's checksum says;"
                        + " nothing of it was imported");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"uploaded as a stream", "on disk"})
    void a_month_cut_off_part_way_says_how_many_messages_were_read_before_the_cut(String how, @TempDir Path folder)
            throws IOException {
        byte[] whole = MailReadersTest.gzip(longMonth());
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        List<ReadOutcome> outcomes = readMonth(how, folder, cut);

        List<ReadOutcome> before = outcomes.subList(0, outcomes.size() - 1);
        assertThat(before)
                .as("the messages before the cut")
                .hasSizeBetween(5, 10)
                .allMatch(ReadOutcome.Read.class::isInstance);
        assertThat(outcomes.getLast())
                .as("the cut")
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .startsWith("2013-November.txt.gz: could not be read past its first " + before.size()
                                        + " messages (")
                                .endsWith("); those were read"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"uploaded as a stream", "on disk"})
    void a_month_whose_damage_unpacks_into_other_text_is_refused_whole(String how, @TempDir Path folder)
            throws IOException {
        // Stored uncompressed, so that a changed byte unpacks without an error: only the checksum at the end tells.
        byte[] damaged = gzip(longMonth(), Deflater.NO_COMPRESSION);
        int middle = damaged.length / 2;
        damaged[middle] = (byte) (damaged[middle] == 'x' ? 'y' : 'x');

        List<ReadOutcome> outcomes = readMonth(how, folder, damaged);

        assertThat(outcomes)
                .as("the outcomes: none of the month, though most of its messages unpacked as written")
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo("2013-November.txt.gz: damaged: it does not unpack to the text it was"
                                        + " made from (Corrupt GZIP trailer); nothing of it was imported"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"uploaded as a stream", "on disk"})
    void a_month_damaged_in_its_compressed_data_is_refused_whole(String how, @TempDir Path folder) throws IOException {
        byte[] damaged = MailReadersTest.gzip(longMonth());
        int middle = damaged.length / 2;
        Arrays.fill(damaged, middle, middle + 64, (byte) 0xFF);

        List<ReadOutcome> outcomes = readMonth(how, folder, damaged);

        assertThat(outcomes)
                .as("the outcomes: the text unpacked before the damage was found may already be mangled")
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .startsWith("2013-November.txt.gz: damaged: it does not unpack to the text it was"
                                        + " made from (")
                                .endsWith("); nothing of it was imported"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"uploaded as a stream", "on disk"})
    void a_month_too_large_to_hold_is_unpacked_into_a_temporary_file_checked_and_then_read(
            String how, @TempDir Path folder) throws IOException {
        // Past what is held in memory: the same messages, padded with one long body, compress to almost nothing.
        String line = "x".repeat(99) + "\n";
        String padding = "Subject: padding\n\n" + line.repeat(UnpackedGzip.HELD_AT_MOST / line.length() + 1);
        byte[] large = MailReadersTest.gzip(threeMessages("b@example.org", padding));
        Set<Path> unpackedBefore = unpackedTemporaryFiles();

        List<ReadOutcome> outcomes = readMonth(how, folder, large);

        assertThat(outcomes).as("the outcomes").hasSize(3).allMatch(ReadOutcome.Read.class::isInstance);
        assertThat(message(outcomes, 1).raw()).as("the long message").hasSizeGreaterThan(UnpackedGzip.HELD_AT_MOST);

        byte[] cut = Arrays.copyOf(large, large.length * 3 / 4);
        assertThat(readMonth(how, folder, cut))
                .as("the same month cut off within the long message")
                .satisfiesExactly(
                        first -> assertThat(first).isInstanceOf(ReadOutcome.Read.class),
                        refused -> assertThat(refused).isInstanceOf(ReadOutcome.Refused.class));

        large[large.length - 8] ^= 1; // the checksum
        assertThat(readMonth(how, folder, large))
                .as("the same month with its checksum changed")
                .singleElement()
                .isInstanceOf(ReadOutcome.Refused.class);
        assertThat(unpackedTemporaryFiles()).as("temporary files left").isEqualTo(unpackedBefore);
    }

    private static Set<Path> unpackedTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("caucus-unpacked-"))
                    .collect(Collectors.toSet());
        }
    }

    private List<ReadOutcome> readMonth(String how, Path folder, byte[] gzipped) throws IOException {
        return how.equals("on disk")
                ? readFile(folder.resolve("2013-November.txt.gz"), gzipped)
                : read("2013-November.txt.gz", gzipped);
    }

    /** Twenty messages of random words, long enough that readers, which read ahead, have not reached a cut midway. */
    private static byte[] longMonth() {
        StringBuilder month = new StringBuilder();
        for (int m = 10; m < 30; m++) {
            month.append("From a@example.org Wed Nov 13 ")
                    .append(m)
                    .append(":00:00 2013\nFrom: a@example.org\nMessage-ID: <")
                    .append(m)
                    .append("@example.org>\nSubject: part ")
                    .append(m)
                    .append("\n\n")
                    .append(randomWords(new Random(m), 4_000))
                    .append("\n\n");
        }
        return month.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void a_zip_of_months_on_disk_is_read_in_date_order_whatever_order_it_lists_them_in(@TempDir Path folder)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String month : List.of("2013-December.txt", "2013-November.txt", "notes.eml", "2012-May.txt")) {
                zip.putNextEntry(new ZipEntry("bestbits/" + month));
                zip.write(
                        month.endsWith(".eml")
                                ? eml("Subject: notes\n\nNotes.\n")
                                : threeMessages("b@example.org", "Subject: m\n\nM.\n"));
                zip.closeEntry();
            }
        }

        List<ReadOutcome> outcomes = readFile(folder.resolve("months.zip"), bytes.toByteArray());

        assertThat(outcomes.stream()
                        .map(outcome -> outcome.position().sourceName())
                        .distinct())
                .as("entries in the order read")
                .containsExactly(
                        "months.zip!/bestbits/2012-May.txt",
                        "months.zip!/bestbits/2013-November.txt",
                        "months.zip!/bestbits/2013-December.txt",
                        "months.zip!/bestbits/notes.eml");
        assertThat(MailSources.countSources(folder.resolve("months.zip")))
                .as("sources counted")
                .isEqualTo(4);
    }

    /** A zip of e-mail files, each with its name for a Subject. */
    private static byte[] zipOfEmls(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(eml("Subject: " + name + "\n\nHello.\n"));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Sets the "encrypted" flag of an entry in its local header and in the zip's directory, as a zip tool that
     * encrypts it would; the JDK cannot write an encrypted entry.
     */
    private static void markEncrypted(byte[] zip, String entryName) {
        byte[] name = entryName.getBytes(StandardCharsets.US_ASCII);
        int marked = 0;
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] != 'P' || zip[i + 1] != 'K') {
                continue;
            }
            // Local header: flags at 6, name length at 26, name at 30. Directory header: 8, 28 and 46.
            boolean local = zip[i + 2] == 3 && zip[i + 3] == 4;
            boolean directory = zip[i + 2] == 1 && zip[i + 3] == 2;
            if (!local && !directory) {
                continue;
            }
            int nameLength = (zip[i + (local ? 26 : 28)] & 0xFF) | (zip[i + (local ? 27 : 29)] & 0xFF) << 8;
            int nameAt = i + (local ? 30 : 46);
            if (Arrays.equals(zip, nameAt, nameAt + nameLength, name, 0, name.length)) {
                zip[i + (local ? 6 : 8)] |= 1;
                marked++;
            }
        }
        assertThat(marked).as("headers of " + entryName + " marked").isEqualTo(2);
    }

    /** Each outcome as its kind and the name of its source: "Read mixed.zip!/1-first.eml". */
    private static List<String> kindsAndSources(List<ReadOutcome> outcomes) {
        return outcomes.stream()
                .map(outcome -> outcome.getClass().getSimpleName() + " "
                        + outcome.position().sourceName())
                .toList();
    }

    private List<ReadOutcome> readFile(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        List<ReadOutcome> outcomes = new ArrayList<>();
        sut.read(file, outcomes::add);
        return outcomes;
    }

    /** An mbox of three messages; the second is from {@code from}, with the given header fields and body. */
    private static byte[] threeMessages(String from, String second) {
        String around = "Subject: around\n\nAround.\n\n";
        return ("From a@example.org Wed Nov 13 01:00:00 2013\nFrom: a@example.org\nMessage-ID: <1@example.org>\n"
                        + around + "From b@example.org Wed Nov 13 02:00:00 2013\nFrom: " + from
                        + "\nMessage-ID: <2@example.org>\nDate: Wed, 13 Nov 2013 02:00:00 +0000\n" + second + "\n"
                        + "From c@example.org Wed Nov 13 03:00:00 2013\nFrom: c@example.org\nMessage-ID: <3@example.org>\n"
                        + around)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] eml(String rest) {
        return ("From: c@example.org\nMessage-ID: <eml@example.org>\n" + rest).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] declared(String charset, String body) {
        return concat(
                ("From: c@example.org\nSubject: declared\nMIME-Version: 1.0\nContent-Type: text/plain; charset="
                                + charset + "\n\n")
                        .getBytes(StandardCharsets.US_ASCII),
                body.getBytes(Charset.forName(charset)));
    }

    private static byte[] zipped(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String randomWords(Random random, int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            words.append(i % 12 == 11 ? '\n' : ' ');
            for (int letter = random.nextInt(2, 9); letter > 0; letter--) {
                words.append((char) ('a' + random.nextInt(26)));
            }
        }
        return words.toString();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private List<ReadOutcome> read(String name, byte[] bytes) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        sut.read(name, new ByteArrayInputStream(bytes), outcomes::add);
        return outcomes;
    }

    private static ParsedMessage message(List<ReadOutcome> outcomes, int index) {
        assertThat(outcomes.get(index)).as("outcome " + index).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcomes.get(index)).message();
    }
}
