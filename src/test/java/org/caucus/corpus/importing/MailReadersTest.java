package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailReadersTest {

    private final MailSources sut = new MailSources();

    @Test
    void pipermail_month_is_split_only_at_strict_separator_lines() {
        List<ReadOutcome> outcomes = read("2013-November.txt", fixture("2013-November.txt"));

        assertThat(outcomes).as("outcomes").hasSize(2).allMatch(ReadOutcome.Read.class::isInstance);
        assertThat(message(outcomes, 0).body())
                .as("body of the first message")
                .isEqualTo("Hello all,\n\nFrom here on, the body goes on: this line is not a separator.\nBye");
    }

    @Test
    void pipermail_headers_are_deobfuscated_decoded_and_threaded() {
        ParsedMessage first = message(read("2013-November.txt", fixture("2013-November.txt")), 0);

        assertThat(first.posterName()).as("poster name, RFC 2047 decoded").isEqualTo("Alice Müller");
        assertThat(first.posterAddress()).as("poster address, de-obfuscated").isEqualTo("alice@example.org");
        assertThat(first.listName()).as("list name from the subject tag").isEqualTo("bestbits");
        assertThat(first.subject()).as("original subject").isEqualTo("[bestbits] Re: AW: Fwd: civil society");
        assertThat(first.threadSubject()).as("thread subject").isEqualTo("civil society");
        assertThat(first.sentAt())
                .as("sent at with its offset")
                .isEqualTo(OffsetDateTime.of(2013, 11, 13, 1, 51, 13, 0, ZoneOffset.ofHours(-5)));
        assertThat(first.messageId()).as("message id").isEqualTo("one@example.org");
        assertThat(first.warnings()).as("warnings").isEmpty();
    }

    @Test
    void a_pipermail_from_whose_host_has_no_dot_still_gives_name_and_address() {
        byte[] month = ("From washort at iceman  Tue Jun  4 11:02:03 2002\n"
                        + "From: washort at iceman (Allen Short)\n"
                        + "Subject: [Twisted-Python] logging\n"
                        + "Date: Tue, 04 Jun 2002 11:02:03 -0500\n"
                        + "Message-ID: <short@iceman>\n\n"
                        + "We meet at noon (as usual).\n")
                .getBytes(StandardCharsets.US_ASCII);

        ParsedMessage message = message(read("2002-June.txt", month), 0);

        assertThat(message.posterName()).as("poster name").isEqualTo("Allen Short");
        assertThat(message.posterAddress()).as("poster address").isEqualTo("washort@iceman");
        assertThat(message.body()).as("body, where \"at\" is a word").isEqualTo("We meet at noon (as usual).");
    }

    @Test
    void date_that_does_not_exist_is_kept_as_written_with_a_warning_naming_file_and_message() {
        ParsedMessage second = message(read("2013-November.txt", fixture("2013-November.txt")), 1);

        assertThat(second.sentAt()).as("sent at").isNull();
        assertThat(second.dateHeader()).as("date header").isEqualTo("Tue, 31 Feb 2013 10:00:00 +0000");
        assertThat(second.warnings())
                .as("warnings")
                .containsExactly("2013-November.txt, message 2: Date header 'Tue, 31 Feb 2013 10:00:00 +0000' is not"
                        + " a date with a time zone; kept with no date");
        assertThat(second.inReplyTo()).as("in reply to").isEqualTo("one@example.org");
        assertThat(second.references()).as("references").containsExactly("one@example.org");
        assertThat(second.threadSubject())
                .as("thread subject without SV: and Re:")
                .isEqualTo("civil society");
    }

    @Test
    void undeclared_latin1_body_is_detected_not_forced_to_utf8() {
        ParsedMessage second = message(read("2013-November.txt", fixture("2013-November.txt")), 1);

        assertThat(second.body()).as("body").startsWith("Café crème, naïve façade, déjà vu: résumé");
        assertThat(second.charset()).as("charset").isIn("windows-1252", "ISO-8859-1");
        assertThat(second.charsetChoice()).as("how the charset was chosen").isEqualTo(CharsetChoice.DETECTED);
    }

    @Test
    void raw_bytes_of_all_messages_together_are_the_file_unchanged() {
        for (String name : List.of("2013-November.txt", "two-messages.mbox", "mta-separators.mbox")) {
            byte[] file = fixture(name);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            read(name, file)
                    .forEach(outcome -> joined.writeBytes(
                            ((ReadOutcome.Read) outcome).message().raw()));

            assertThat(joined.toByteArray())
                    .as("raw bytes of every message of " + name)
                    .isEqualTo(file);
        }
    }

    @Test
    void mboxrd_quoted_from_lines_lose_one_quote_mark() {
        ParsedMessage first = message(read("two-messages.mbox", fixture("two-messages.mbox")), 0);

        assertThat(first.body())
                .as("body")
                .isEqualTo("A line follows.\nFrom the mboxrd quoting, one > goes.\n>From two become one.");
    }

    @Test
    void mime_message_gives_decoded_text_and_lists_its_attachment() {
        ParsedMessage second = message(read("two-messages.mbox", fixture("two-messages.mbox")), 1);

        assertThat(second.subject()).as("subject").isEqualTo("Grüße");
        assertThat(second.posterName()).as("poster name").isEqualTo("Björn");
        assertThat(second.body()).as("quoted-printable latin-1 body").isEqualTo("Grüße aus Köln");
        assertThat(second.charsetChoice()).as("charset choice").isEqualTo(CharsetChoice.DECLARED);
        assertThat(second.attachments())
                .as("attachments")
                .containsExactly(new Attachment("minutes.pdf", "application/pdf", 23));
        assertThat(second.listName()).as("list name when nothing names one").isNull();
    }

    @Test
    void mbox_whose_from_lines_have_the_pipermail_separator_shape_is_still_read_as_mime() {
        // An MTA writes "From addr  Tue Mar  2 09:42:12 2010", the very shape of a pipermail separator line; read as a
        // pipermail archive, the multipart message below came out as its raw MIME structure, undecoded.
        List<ReadOutcome> outcomes = read("mta-separators.mbox", fixture("mta-separators.mbox"));

        assertThat(outcomes).as("outcomes").hasSize(2).allMatch(ReadOutcome.Read.class::isInstance);
        ParsedMessage first = message(outcomes, 0);
        assertThat(first.body())
                .as("text part of the multipart/alternative message, quoted-printable windows-1252 decoded")
                .isEqualTo("Société à responsabilité limitée – 91.470 €");
        assertThat(first.charset()).as("charset of the first message").isEqualTo("windows-1252");
        assertThat(first.charsetChoice())
                .as("charset choice of the first message")
                .isEqualTo(CharsetChoice.DECLARED);
        assertThat(first.listName()).as("list name").isEqualTo("wg");
        ParsedMessage second = message(outcomes, 1);
        assertThat(second.body()).as("quoted-printable iso-8859-1 body").isEqualTo("Grüße aus Köln");
        assertThat(second.inReplyTo()).as("in reply to").isEqualTo("c1@example.com");
    }

    @Test
    void only_a_first_message_with_nothing_but_mailmans_header_fields_makes_a_pipermail_archive() {
        // Mailman writes "bogus@does.not.exist.com" as the separator's sender when it has no address.
        byte[] pipermail = ("From bogus@does.not.exist.com  Thu Jan 15 08:13:21 2009\n"
                        + "From: Tamika\n"
                        + "Date: Thu, 15 Jan 2009 08:13:21 +0000\n"
                        + "Subject: hello\n"
                        + "\n"
                        + "Body.\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(FormatSniffer.sniff("2009-January.txt", pipermail).format())
                .as("format of a pipermail month with a bare address in its separator")
                .isEqualTo(FormatSniffer.MailFormat.PIPERMAIL_TEXT);
        assertThat(FormatSniffer.sniff("mta-separators.mbox", fixture("mta-separators.mbox"))
                        .format())
                .as("format of an mbox whose From lines have the separator's shape")
                .isEqualTo(FormatSniffer.MailFormat.MBOX);
    }

    @Test
    void a_message_sent_as_a_whole_html_page_is_read_as_a_message_not_as_an_archive_page() {
        byte[] eml = ("From: Alex <alex@example.com>\nSubject: Re: test\nContent-Type: text/html; charset=utf-8\n\n"
                        + "<html><head><meta charset=\"utf-8\"></head><body><p>Fine.</p>"
                        + "<blockquote type=\"cite\">How are you?</blockquote></body></html>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(FormatSniffer.sniff("reply.eml", eml).format())
                .as("format of an HTML-only message")
                .isEqualTo(FormatSniffer.MailFormat.EML);
        assertThat(message(read("reply.eml", eml), 0).body()).as("body").isEqualTo("Fine.\n> How are you?");
    }

    @Test
    void html_only_body_in_an_outlook_korean_charset_becomes_text() {
        List<ReadOutcome> outcomes = read("html-only.eml", fixture("html-only.eml"));

        ParsedMessage message = message(outcomes, 0);
        assertThat(message.body()).as("body").isEqualTo("First paragraph & more.\n안녕하세요\nsecond line");
        assertThat(message.charset()).as("charset used for ks_c_5601-1987").isEqualTo("x-windows-949");
        assertThat(message.charsetChoice()).as("charset choice").isEqualTo(CharsetChoice.DECLARED);
        assertThat(message.listName()).as("list name").isEqualTo("policy");
        assertThat(outcomes.get(0).position()).as("position").isEqualTo(new SourcePosition("html-only.eml", 1, 1, 0));
    }

    @Test
    void png_is_refused_as_not_a_mail_archive() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(read("photo.eml", png))
                .as("outcomes")
                .containsExactly(new ReadOutcome.Refused(
                        new SourcePosition("photo.eml", 0, 1, 0), "photo.eml: not a mail archive: it is a PNG image"));
    }

    @Test
    void outlook_s_own_files_are_refused_with_what_they_are_and_what_to_do() {
        byte[] compound = {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
        };
        byte[] dataFile = {'!', 'B', 'D', 'N', 0x1a, 0, 0, 0, 0, 0};

        assertThat(read("Re 1net.msg", compound))
                .extracting(outcome -> ((ReadOutcome.Refused) outcome).reason())
                .containsExactly("Re 1net.msg: not a mail archive: it is an Outlook message file (.msg), which Caucus"
                        + " does not read; save the message as .eml, or export its folder as mbox, and import that");
        assertThat(read("archive.pst", dataFile))
                .extracting(outcome -> ((ReadOutcome.Refused) outcome).reason())
                .containsExactly("archive.pst: not a mail archive: it is an Outlook data file (.pst or .ost), which"
                        + " Caucus does not read; export the folder as mbox (readpst does, from a .pst) and import"
                        + " that");
        assertThat(read("minutes.doc", compound))
                .extracting(outcome -> ((ReadOutcome.Refused) outcome).reason())
                .containsExactly("minutes.doc: not a mail archive: it is a Microsoft Office file, not mail");
        assertThat(read("report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1)))
                .extracting(outcome -> ((ReadOutcome.Refused) outcome).reason())
                .containsExactly("report.pdf: not a mail archive: it is a PDF document; import the mail itself, as"
                        + " mbox, .eml or the list's archive");
    }

    @Test
    void random_bytes_are_refused_as_not_a_mail_archive() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        List<ReadOutcome> outcomes = read("noise.mbox", noise);

        assertThat(outcomes).as("outcomes").hasSize(1);
        assertThat(((ReadOutcome.Refused) outcomes.get(0)).reason())
                .as("reason")
                .isEqualTo("noise.mbox: not a mail archive: it holds binary data, not text");
    }

    @Test
    void an_apple_mail_emlx_file_is_read_as_its_message_and_kept_whole() {
        byte[] file = appleMail("""
                From: Anja Kovacs <anja@example.org>
                Subject: [bestbits] 1net
                Message-ID: <emlx-1@example.org>
                Date: Wed, 13 Nov 2013 08:06:40 +0000

                We should talk to Brazil directly.
                """);

        List<ReadOutcome> outcomes = read("12345.emlx", file);

        assertThat(outcomes).singleElement().isInstanceOf(ReadOutcome.Read.class);
        ParsedMessage message = message(outcomes, 0);
        assertThat(message.subject()).isEqualTo("[bestbits] 1net");
        assertThat(message.body())
                .as("the message alone, without Apple's properties after it")
                .isEqualTo("We should talk to Brazil directly.");
        assertThat(message.raw()).as("the original, the whole file unchanged").isEqualTo(file);
    }

    @Test
    void an_emlx_file_cut_short_fails_with_why_and_its_bytes() {
        byte[] whole = appleMail("From: Anja <anja@example.org>\nSubject: cut\n\nText.\n");
        byte[] cut = java.util.Arrays.copyOf(whole, 30);

        List<ReadOutcome> outcomes = read("cut.emlx", cut);

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ReadOutcome.Failed.class, failed -> {
            assertThat(failed.reason())
                    .isEqualTo("cut.emlx, message 1: Apple Mail's first line gives the message 50 bytes, but"
                            + " only 19 follow it: the file is cut short");
            assertThat(failed.raw()).isEqualTo(cut);
        });
    }

    @Test
    void a_mailbox_of_bare_year_lines_is_not_taken_for_apple_mail() {
        String message = "2005\nMessage-Id: <%s@example.org>\nFrom: Joel <joel@example.org>\nSubject: %s\n\n%s\n";
        // Longer than the year read as a length, so that what stands there is looked at, and is no Apple property list.
        byte[] years = (message.formatted("one", "first", "It is a long message. ".repeat(100))
                        + message.formatted("two", "second", "More."))
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(read("forces.txt", years))
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason()).contains("bare year lines"));
    }

    @Test
    void gzip_that_inflates_past_the_bound_is_refused_naming_the_file() {
        MailSources bounded = new MailSources(1 << 20, MailSources.DEFAULT_MAX_MESSAGE_BYTES);
        byte[] bomb = gzip(("From a at b.org  Wed Nov 13 01:51:13 2013\nSubject: x\n\n" + "0".repeat(8 << 20))
                .getBytes(StandardCharsets.US_ASCII));
        List<ReadOutcome> outcomes = new ArrayList<>();

        bounded.read("2013-November.txt.gz", new ByteArrayInputStream(bomb), outcomes::add);

        assertThat(outcomes).as("outcomes").hasSize(1);
        assertThat(((ReadOutcome.Refused) outcomes.get(0)).reason())
                .as("reason")
                .isEqualTo("2013-November.txt.gz: inflates past the limit of 1048576 bytes when decompressed;"
                        + " refused as a possible decompression bomb");
    }

    @Test
    void zip_of_eml_files_is_read_entry_by_entry() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("mails/one.eml"));
            zip.write(fixture("html-only.eml"));
            zip.putNextEntry(new ZipEntry("mails/readme.png"));
            zip.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
        }

        List<ReadOutcome> outcomes = read("mails.zip", zipped.toByteArray());

        assertThat(outcomes).as("outcomes").hasSize(2);
        assertThat(outcomes.get(0).position().sourceName()).as("entry name").isEqualTo("mails.zip!/mails/one.eml");
        assertThat(message(outcomes, 0).subject()).as("subject").isEqualTo("[policy] HTML only");
        assertThat(outcomes.get(1)).as("the png entry").isInstanceOf(ReadOutcome.Refused.class);
    }

    /** Progress reports "file N of M" from this count, and N is the number of sources begun. */
    @Test
    void sources_counted_before_reading_are_the_sources_reading_begins(@TempDir Path folder) throws IOException {
        Path list = Files.createDirectory(folder.resolve("mixed"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(list.resolve("months.zip")))) {
            for (String entry : List.of("months/", "months/2013-October.txt", "months/.DS_Store", "__MACOSX/x")) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.endsWith("/") ? new byte[0] : fixture("2013-November.txt"));
            }
            zip.putNextEntry(new ZipEntry("2013-November.txt.gz"));
            zip.write(gzip(fixture("2013-November.txt")));
        }
        Files.write(list.resolve("one.eml"), fixture("html-only.eml"));
        Files.write(list.resolve("broken.zip"), "PK not really".getBytes(StandardCharsets.US_ASCII));
        Files.write(list.resolve(".hidden"), new byte[] {1});
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(list, outcomes::add);

        assertThat(MailSources.countSources(list))
                .as("sources counted: two zip entries, the e-mail file and the broken zip")
                .isEqualTo(4)
                .isEqualTo(outcomes.stream()
                        .map(o -> o.position().sourceName())
                        .distinct()
                        .count());
        assertThat(MailSources.countSources(list.resolve("one.eml")))
                .as("one file")
                .isEqualTo(1);
    }

    @Test
    void folder_with_a_month_as_txt_and_txt_gz_reads_it_once(@TempDir Path folder) throws IOException {
        Path list = Files.createDirectory(folder.resolve("bestbits"));
        Files.write(list.resolve("2013-November.txt"), fixture("2013-November.txt"));
        Files.write(list.resolve("2013-November.txt.gz"), gzip(fixture("2013-November.txt")));
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(list, outcomes::add);

        assertThat(outcomes.stream().filter(ReadOutcome.Read.class::isInstance))
                .as("messages read")
                .hasSize(2)
                .allMatch(o -> o.position().sourceName().equals("2013-November.txt"));
        assertThat(outcomes.stream()
                        .filter(ReadOutcome.Skipped.class::isInstance)
                        .map(o -> ((ReadOutcome.Skipped) o).reason()))
                .as("the compressed copy")
                .containsExactly(
                        "2013-November.txt.gz: the same month as 2013-November.txt, which is read" + " instead");
    }

    @Test
    void months_of_a_folder_are_read_in_date_order_and_other_files_after_them(@TempDir Path folder) throws IOException {
        Path list = Files.createDirectory(folder.resolve("twisted-web"));
        for (String month : List.of("2004-January.txt", "2003-March.txt.gz", "notes.txt", "2003-April.txt")) {
            byte[] archive = ("From a at b.org  Wed Aug 13 01:51:13 2005\nFrom: a at b.org\nSubject: " + month
                            + "\n\nHi\n")
                    .getBytes(StandardCharsets.US_ASCII);
            Files.write(list.resolve(month), month.endsWith(".gz") ? gzip(archive) : archive);
        }
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(list, outcomes::add);

        assertThat(outcomes)
                .as("sources in reading order")
                .extracting(outcome -> outcome.position().sourceName())
                .containsExactly("2003-March.txt.gz", "2003-April.txt", "2004-January.txt", "notes.txt");
    }

    @Test
    void months_given_from_two_folders_are_read_in_date_order(@TempDir Path folder) throws IOException {
        // By folder, the later month would come first, and its replies could not be traced to what they quote.
        Path later = Files.writeString(
                Files.createDirectory(folder.resolve("a-downloads")).resolve("2014-January.txt"),
                "From a at b.org  Wed Jan  1 01:51:13 2014\nFrom: a at b.org\nSubject: later\n\nHi\n");
        Path earlier = Files.writeString(
                Files.createDirectory(folder.resolve("b-archive")).resolve("2013-December.txt"),
                "From a at b.org  Wed Dec  4 01:51:13 2013\nFrom: a at b.org\nSubject: earlier\n\nHi\n");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(List.of(later, earlier), outcomes::add);

        assertThat(outcomes)
                .as("sources in reading order")
                .extracting(outcome -> outcome.position().sourceName())
                .containsExactly("2013-December.txt", "2014-January.txt");
    }

    @Test
    void list_name_falls_back_to_the_pipermail_folder_name(@TempDir Path folder) throws IOException {
        Path list = Files.createDirectory(folder.resolve("twisted-web"));
        Files.writeString(
                list.resolve("2005-August.txt"),
                "From a at b.org  Wed Aug 13 01:51:13 2005\nFrom: a at b.org\nSubject: no tag\n\nHi\n");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(list, outcomes::add);

        assertThat(message(outcomes, 0).listName()).as("list name").isEqualTo("twisted-web");
    }

    @Test
    void thread_subject_drops_tags_and_reply_chains_of_many_languages() {
        assertThat(MessageAssembler.threadSubject("Re: [ANCP] RE: Aw: SV: Fwd: FW: Re[2]: Budget"))
                .as("thread subject")
                .isEqualTo("Budget");
        assertThat(MessageAssembler.threadSubject("Regarding the budget"))
                .as("a word that merely starts like Re")
                .isEqualTo("Regarding the budget");
    }

    @Test
    void what_the_sink_throws_about_an_eml_file_is_not_taken_for_a_message_that_could_not_be_read() {
        List<ReadOutcome> handed = new ArrayList<>();

        assertThatThrownBy(() -> new EmlReader()
                        .read("html-only.eml", null, new ByteArrayInputStream(fixture("html-only.eml")), outcome -> {
                            handed.add(outcome);
                            throw new IllegalStateException("import cancelled");
                        }))
                .hasMessage("import cancelled");
        assertThat(handed).as("outcomes handed over").singleElement().isInstanceOf(ReadOutcome.Read.class);
    }

    // A copy of a message the import already holds.

    @Test
    void a_pipermail_message_whose_id_the_import_holds_is_handed_over_as_a_duplicate_at_its_position() {
        List<ReadOutcome> inFull = read("2013-November.txt", fixture("2013-November.txt"));

        List<ReadOutcome> outcomes =
                readKnowing(Set.of("one@example.org"), "2013-November.txt", fixture("2013-November.txt"));

        assertThat(outcomes.get(0))
                .as("the first message, whose id is held")
                .isEqualTo(new ReadOutcome.Duplicate(inFull.get(0).position(), "one@example.org"));
        assertThat(message(outcomes, 1).messageId())
                .as("the second message, read in full")
                .isEqualTo("two@example.net");
        assertThat(message(outcomes, 1).warnings())
                .as("the second message's warnings, as without the known ids")
                .isEqualTo(message(inFull, 1).warnings());
    }

    @Test
    void mbox_copies_of_a_message_read_before_are_duplicates_but_messages_without_an_id_are_read_in_full() {
        String copy = "From a@example.org Wed Nov 13 01:51:13 2013\nFrom: A <a@example.org>\nSubject: Budget\n"
                + "Message-ID: <budget@example.org>\nDate: Wed, 13 Nov 2013 01:51:13 +0000\n\nThe budget.\n\n";
        String withoutId = "From b@example.org Wed Nov 13 02:00:00 2013\nFrom: B <b@example.org>\nSubject: Agenda\n"
                + "Date: Wed, 13 Nov 2013 02:00:00 +0000\n\nThe agenda.\n\n";
        List<String> asked = new ArrayList<>();
        Set<String> held = new HashSet<>();
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.knowing(id -> {
                    asked.add(id);
                    return held.contains(id);
                })
                .read(
                        "copies.mbox",
                        new ByteArrayInputStream(
                                (copy + copy + withoutId + withoutId).getBytes(StandardCharsets.UTF_8)),
                        outcome -> {
                            // As an import does: what was read is held from then on.
                            if (outcome instanceof ReadOutcome.Read read) {
                                held.add(read.message().messageId());
                            }
                            outcomes.add(outcome);
                        });

        assertThat(outcomes)
                .as("outcomes: the second copy a duplicate, the messages without an id read in full")
                .extracting(outcome -> outcome.getClass().getSimpleName() + " " + outcome.position())
                .containsExactly(
                        "Read copies.mbox, message 1",
                        "Duplicate copies.mbox, message 2",
                        "Read copies.mbox, message 3",
                        "Read copies.mbox, message 4");
        assertThat(((ReadOutcome.Duplicate) outcomes.get(1)).messageId())
                .as("id of the duplicate")
                .isEqualTo("budget@example.org");
        assertThat(asked).as("ids asked about").containsExactly("budget@example.org", "budget@example.org");
    }

    @Test
    void an_mboxcl2_body_with_a_separator_line_is_one_message_as_its_content_length_says() {
        String forwarded = "Forwarded as it came:\n\nFrom b@example.org Tue Nov 12 09:00:00 2013\n"
                + "Subject: Agenda\n\nThe agenda.\n";
        String mbox = messageDeclaring(forwarded.length(), "first", forwarded)
                + messageDeclaring(10, "second", "Thank you\n");

        List<ReadOutcome> outcomes = read("cl2.mbox", mbox.getBytes(StandardCharsets.UTF_8));

        assertThat(outcomes)
                .as("outcomes")
                .extracting(outcome -> outcome.getClass().getSimpleName() + " " + outcome.position())
                .containsExactly("Read cl2.mbox, message 1", "Read cl2.mbox, message 2");
        assertThat(message(outcomes, 0).body()).as("body of the first message").isEqualTo(forwarded.strip());
        assertThat(message(outcomes, 1).messageId()).as("id of the second").isEqualTo("second@example.org");
    }

    @Test
    void an_mboxcl2_writer_quotes_no_from_line_so_its_quoted_ones_are_the_writers_own() {
        String forwarded = "Forwarded as it came:\n\nFrom b@example.org Tue Nov 12 09:00:00 2013\n"
                + "Subject: Agenda\n\n>From the start, as Bea wrote.\n";
        String mbox = messageDeclaring(forwarded.length(), "first", forwarded)
                + messageDeclaring(24, "second", ">From memory: agreed.\n\n");

        List<ReadOutcome> outcomes = read("cl2.mbox", mbox.getBytes(StandardCharsets.UTF_8));

        assertThat(message(outcomes, 0).body())
                .as("a message whose body holds a bare From line: its >From line as written")
                .endsWith("\n>From the start, as Bea wrote.");
        assertThat(message(outcomes, 1).body())
                .as("a message with no bare From line, read the mboxrd way")
                .isEqualTo("From memory: agreed.");
    }

    @Test
    void an_mmdf_mailbox_has_no_from_lines_to_quote_so_its_quoted_ones_stay() {
        String mmdf = "\u0001\u0001\u0001\u0001\nFrom: A <a@example.org>\nSubject: Memory\n"
                + "Message-ID: <mmdf@example.org>\n\n>From memory, yes.\n\u0001\u0001\u0001\u0001\n";

        assertThat(message(read("box.mmdf", mmdf.getBytes(StandardCharsets.US_ASCII)), 0)
                        .body())
                .isEqualTo(">From memory, yes.");
    }

    @Test
    void an_mboxcl2_file_with_crlf_line_ends_is_joined_by_its_lengths_too() {
        String forwarded = "Forwarded:\r\n\r\nFrom b@example.org Tue Nov 12 09:00:00 2013\r\nThe agenda.\r\n";
        String mbox = (messageDeclaring(forwarded.length(), "first", forwarded)
                        + messageDeclaring(11, "second", "Thank you\r\n"))
                .replaceAll("(?<!\r)\n", "\r\n");

        List<ReadOutcome> outcomes = read("crlf.mbox", mbox.getBytes(StandardCharsets.UTF_8));

        assertThat(outcomes)
                .as("outcomes")
                .extracting(outcome -> outcome.position().toString())
                .containsExactly("crlf.mbox, message 1", "crlf.mbox, message 2");
        assertThat(message(outcomes, 0).body()).as("body of the first").contains("The agenda.");
    }

    @Test
    void a_content_length_the_pieces_after_it_overshoot_leaves_them_apart() {
        String body = "Forwarded as it came:\n\nFrom b@example.org Tue Nov 12 09:00:00 2013\n"
                + "Subject: Agenda\n\nThe agenda.\n";
        String mbox =
                messageDeclaring(body.length() + 40, "first", body) + messageDeclaring(10, "second", "Thank you\n");

        List<ReadOutcome> outcomes = read("wrong-length.mbox", mbox.getBytes(StandardCharsets.UTF_8));

        assertThat(outcomes)
                .as("outcomes, cut at every separator line")
                .extracting(outcome -> outcome.position().toString())
                .containsExactly(
                        "wrong-length.mbox, message 1", "wrong-length.mbox, message 2", "wrong-length.mbox, message 3");
        assertThat(message(outcomes, 2).messageId()).as("id of the last").isEqualTo("second@example.org");
    }

    private static String messageDeclaring(int contentLength, String id, String body) {
        return "From a@example.org Wed Nov 13 01:51:13 2013\nFrom: A <a@example.org>\nSubject: " + id + "\n"
                + "Message-ID: <" + id + "@example.org>\nContent-Length: " + contentLength + "\n\n" + body + "\n";
    }

    @Test
    void an_eml_file_of_a_message_the_import_holds_is_a_duplicate() {
        List<ReadOutcome> outcomes =
                readKnowing(Set.of("html-only@example.com"), "html-only.eml", fixture("html-only.eml"));

        assertThat(outcomes)
                .as("outcomes")
                .containsExactly(new ReadOutcome.Duplicate(
                        new SourcePosition("html-only.eml", 1, 1, 0), "html-only@example.com"));
    }

    @Test
    void a_message_too_large_to_read_stays_failed_even_when_its_id_is_held() {
        byte[] month = fixture("2013-November.txt");
        List<ReadOutcome> outcomes = new ArrayList<>();

        new MailSources(MailSources.DEFAULT_MAX_INFLATED_BYTES, 100)
                .knowing(id -> true)
                .read("2013-November.txt", new ByteArrayInputStream(month), outcomes::add);

        assertThat(outcomes).as("outcomes").hasSize(2).allMatch(ReadOutcome.Failed.class::isInstance);
    }

    /** A message as Apple Mail keeps it: its length, the message, and Apple's properties of it. */
    static byte[] appleMail(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
        String properties = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0"><dict><key>flags</key><integer>8590195713</integer></dict></plist>
                """;
        return ("%-10d\n%s%s".formatted(bytes.length, message, properties)).getBytes(StandardCharsets.US_ASCII);
    }

    private List<ReadOutcome> read(String name, byte[] bytes) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        sut.read(name, new ByteArrayInputStream(bytes), outcomes::add);
        return outcomes;
    }

    private List<ReadOutcome> readKnowing(Set<String> held, String name, byte[] bytes) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        sut.knowing(held::contains).read(name, new ByteArrayInputStream(bytes), outcomes::add);
        return outcomes;
    }

    private static ParsedMessage message(List<ReadOutcome> outcomes, int index) {
        assertThat(outcomes.get(index)).as("outcome " + index).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcomes.get(index)).message();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] fixture(String name) {
        try (InputStream in = MailReadersTest.class.getResourceAsStream("/importing/" + name)) {
            assertThat(in).as("fixture " + name + " on the test classpath").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
