package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders that mail programs keep a mailbox in, one message per file with no {@code .eml} ending. */
class MailFoldersTest {

    private final MailSources sut = new MailSources();

    @Test
    void a_maildir_is_read_in_the_order_its_messages_were_delivered(@TempDir Path folder) throws IOException {
        Path maildir = folder.resolve("bestbits");
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        write(maildir.resolve("cur/1384330000.M1P10.host:2,S"), "Wed, 13 Nov 2013 08:06:40 +0000", "1net");
        write(maildir.resolve("new/1384329000.M2P11.host"), "Wed, 13 Nov 2013 07:50:00 +0000", "first");
        write(maildir.resolve("cur/1384331000.M3P12.host:2,RS"), "Wed, 13 Nov 2013 08:23:20 +0000", "Re: 1net");
        Files.writeString(maildir.resolve("tmp/1384332000.M4P13.host"), "From: half <h@example.org>\nSubj");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(maildir, outcomes::add);

        assertThat(outcomes)
                .as("the one still being delivered skipped as the folder is listed, then the messages in the order"
                        + " they were delivered")
                .extracting(MailFoldersTest::subjectOrReason)
                .containsExactly(
                        "1384332000.M4P13.host: in a Maildir's tmp folder, where a message may be only"
                                + " partly delivered",
                        "first",
                        "1net",
                        "Re: 1net");
    }

    @Test
    void a_zipped_maildir_is_read_as_its_folder_is() throws IOException {
        List<String[]> entries = new ArrayList<>();
        for (String[] entry : List.of(
                new String[] {"Maildir/cur/1384330000.M1P10.host:2,S", "1net"},
                new String[] {"Maildir/new/1384329000.M2P11.host", "first"},
                new String[] {"Maildir/tmp/1384332000.M4P13.host", "half"})) {
            entries.add(new String[] {entry[0], message("Wed, 13 Nov 2013 08:00:00 +0000", entry[1], entry[0])});
        }

        List<ReadOutcome> outcomes = readAndDelete(zip(entries), "maildir.zip");

        assertThat(outcomes)
                .extracting(MailFoldersTest::subjectOrReason)
                .containsExactly(
                        "maildir.zip!/Maildir/tmp/1384332000.M4P13.host: in a Maildir's tmp folder,"
                                + " where a message may be only partly delivered",
                        "first",
                        "1net");
    }

    @Test
    void an_outlook_reply_in_a_maildir_is_read_as_one_message(@TempDir Path folder) throws IOException {
        Path cur = Files.createDirectories(folder.resolve("Maildir/cur"));
        Files.createDirectories(folder.resolve("Maildir/new"));
        Files.writeString(cur.resolve("1384330000.M1P10.host:2,S"), """
                From: Anja Kovacs <anja@example.org>
                Subject: RE: 1net
                Date: Wed, 13 Nov 2013 09:12:44 +0530

                I agree.

                From: Jeremy Malcolm [mailto:jeremy@example.org]
                Sent: Wednesday, November 13, 2013 8:15 AM
                To: bestbits@lists.bestbits.net
                Subject: 1net

                Directly.
                """);
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(folder.resolve("Maildir"), outcomes::add);

        assertThat(outcomes)
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Read.class,
                        read -> assertThat(read.message().body()).contains("I agree.", "Directly."));
    }

    @Test
    void an_mh_folder_is_read_by_message_number(@TempDir Path folder) throws IOException {
        Path inbox = Files.createDirectory(folder.resolve("inbox"));
        for (int number : List.of(10, 2, 1, 9)) {
            write(inbox.resolve(String.valueOf(number)), "Wed, 13 Nov 2013 08:00:00 +0000", "message " + number);
        }
        Files.writeString(inbox.resolve(".mh_sequences"), "unseen: 9-10\n");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(inbox, outcomes::add);

        assertThat(outcomes)
                .extracting(outcome -> ((ReadOutcome.Read) outcome).message().subject())
                .containsExactly("message 1", "message 2", "message 9", "message 10");
    }

    @Test
    void a_thunderbird_profile_is_read_without_its_summaries_and_empty_mailboxes(@TempDir Path folder)
            throws IOException {
        Path local = Files.createDirectories(folder.resolve("Local Folders"));
        Files.writeString(
                local.resolve("Inbox"),
                "From - Wed Nov 13 08:10:00 2013\nX-Mozilla-Status: 0001\n"
                        + message("Wed, 13 Nov 2013 08:06:40 +0000", "1net", "inbox-1"));
        Files.writeString(
                local.resolve("Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n< <(a=c)> // (f=iso-8859-1)\n");
        Files.writeString(local.resolve("Trash"), "");
        Files.writeString(local.resolve("Trash.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(local, outcomes::add);

        assertThat(outcomes)
                .as("the mailbox read, and nothing refused: the summaries and the empty Trash are skipped with why")
                .extracting(MailFoldersTest::subjectOrReason)
                .containsExactly(
                        "1net",
                        "Inbox.msf: Thunderbird's summary of a mailbox, not mail",
                        "Trash: empty, no messages in it",
                        "Trash.msf: Thunderbird's summary of a mailbox, not mail");
    }

    @Test
    void a_zipped_server_maildir_is_read_without_the_servers_index_files() throws IOException {
        Path file = zip(List.of(
                new String[] {
                    "Maildir/cur/1384330000.M1P10.host:2,S", message("Wed, 13 Nov 2013 08:00:00 +0000", "1net", "a")
                },
                new String[] {"Maildir/dovecot-uidlist", "3 V1384330000 N2 G0123\n1 :1384330000.M1P10.host\n"},
                new String[] {"Maildir/dovecot.index.log", "\u0001\u0002\u0000\u0000binary"},
                new String[] {"Maildir/maildirfolder", ""},
                new String[] {"Maildir/subscriptions", "INBOX\nSent\n"}));

        List<ReadOutcome> outcomes = readAndDelete(file, "maildir.zip");

        assertThat(outcomes)
                .extracting(MailFoldersTest::subjectOrReason)
                .containsExactlyInAnyOrder(
                        "1net",
                        "maildir.zip!/Maildir/dovecot-uidlist: Dovecot's index of a Maildir, not mail",
                        "maildir.zip!/Maildir/dovecot.index.log: Dovecot's index of a Maildir, not mail",
                        "maildir.zip!/Maildir/maildirfolder: a Maildir's marker file, not mail",
                        "maildir.zip!/Maildir/subscriptions: Dovecot's index of a Maildir, not mail");
    }

    @Test
    void a_mail_programs_file_given_alone_is_refused_with_what_it_is(@TempDir Path folder) throws IOException {
        Path summary = Files.writeString(folder.resolve("Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(summary, outcomes::add);

        assertThat(outcomes)
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo("Inbox.msf: not a mail archive: it is Thunderbird's summary of a mailbox;"
                                        + " import the mailbox it belongs to"));
    }

    @Test
    void mailboxes_named_like_files_kept_beside_mail_are_read(@TempDir Path folder) throws IOException {
        Path archive = Files.createDirectories(folder.resolve("lists"));
        Files.writeString(
                archive.resolve("subscriptions"),
                "From anja@example.org Wed Nov 13 08:10:00 2013\n"
                        + message("Wed, 13 Nov 2013 08:06:40 +0000", "who subscribes", "s"));
        Files.writeString(
                archive.resolve("changes"),
                "From anja@example.org Wed Nov 13 08:10:00 2013\n"
                        + message("Wed, 13 Nov 2013 08:06:40 +0000", "what changed", "c"));
        Files.writeString(archive.resolve("unknown.bin"), "\u0001\u0002\u0003\u0004\u0005 not text at all");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(archive, outcomes::add);

        assertThat(outcomes)
                .as("a file is skipped by its name only when it is not mail, and other files that are not mail are"
                        + " still refused")
                .extracting(outcome -> outcome.getClass().getSimpleName())
                .containsExactlyInAnyOrder("Read", "Read", "Refused");
    }

    @Test
    void the_texts_an_archive_is_published_with_are_skipped_beside_its_months(@TempDir Path folder) throws IOException {
        Path list = Files.createDirectories(folder.resolve("bestbits"));
        Files.writeString(
                list.resolve("2013-November.txt"),
                "From anja at example.org  Wed Nov 13 08:10:00 2013\n"
                        + message("Wed, 13 Nov 2013 08:06:40 +0000", "1net", "n"));
        Files.writeString(list.resolve("LICENSE"), "MIT License\n\nCopyright (c) 2013 the list's owners\n");
        Files.writeString(list.resolve("README.md"), "# Bestbits archive\n\nOne file per month.\n");
        Files.writeString(list.resolve("MANIFEST.tsv"), "file\tmessages\n2013-November.txt\t1\n");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(list, outcomes::add);

        assertThat(outcomes)
                .as("the month read, and its licence, read-me and list of files skipped with what they are")
                .extracting(MailFoldersTest::subjectOrReason)
                .containsExactlyInAnyOrder(
                        "1net",
                        "LICENSE: the archive's licence, not mail",
                        "README.md: the archive's read-me, not mail",
                        "MANIFEST.tsv: the archive's list of files, not mail");
    }

    @Test
    void files_given_or_uploaded_together_are_read_as_a_folders_files(@TempDir Path folder) throws IOException {
        Path inbox = Files.writeString(
                folder.resolve("Inbox"),
                "From - Wed Nov 13 08:10:00 2013\n" + message("Wed, 13 Nov 2013 08:06:40 +0000", "1net", "i"));
        Path summary = Files.writeString(folder.resolve("Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        Path licence = Files.writeString(folder.resolve("LICENSE"), "MIT License\n");
        List<ReadOutcome> given = new ArrayList<>();
        List<ReadOutcome> uploaded = new ArrayList<>();

        sut.read(List.of(inbox, summary, licence), given::add);
        sut.readUploaded(List.of(inbox, summary, licence), uploaded::add);

        List<String> expected = List.of(
                "1net",
                "Inbox.msf: Thunderbird's summary of a mailbox, not mail",
                "LICENSE: the archive's licence, not mail");
        assertThat(given)
                .as("given together on the command line")
                .extracting(MailFoldersTest::subjectOrReason)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(uploaded)
                .as("uploaded together")
                .extracting(MailFoldersTest::subjectOrReason)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_folder_of_nothing_but_skipped_files_is_refused_with_them(@TempDir Path folder) throws IOException {
        Path notes = Files.createDirectories(folder.resolve("notes"));
        Files.writeString(notes.resolve("LICENSE"), "MIT License\n");
        Files.writeString(notes.resolve("README"), "One file per month.\n");
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Files.writeString(empty.resolve(".DS_Store"), "hidden");
        List<ReadOutcome> fromNotes = new ArrayList<>();
        List<ReadOutcome> fromEmpty = new ArrayList<>();
        List<ReadOutcome> given = new ArrayList<>();

        sut.read(notes, fromNotes::add);
        sut.read(empty, fromEmpty::add);
        sut.read(List.of(notes.resolve("README"), notes.resolve("LICENSE")), given::add);

        assertThat(fromNotes)
                .as("a folder of notes: each skipped, then the folder refused")
                .last()
                .isEqualTo(new ReadOutcome.Refused(
                        SourcePosition.wholeFile("notes"), "notes: no mail to import: both files were skipped"));
        assertThat(fromEmpty)
                .as("a folder of hidden files only")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile("empty"),
                        "empty: no mail to import: no files to read (none, or only hidden files)"));
        assertThat(given)
                .as("notes given together")
                .hasSize(3)
                .last()
                .isEqualTo(new ReadOutcome.Refused(
                        SourcePosition.wholeFile("LICENSE, README"),
                        "LICENSE, README: no mail to import: both files were skipped"));
    }

    @Test
    void an_archives_read_me_given_alone_is_refused_as_not_mail(@TempDir Path folder) throws IOException {
        Path readMe = Files.writeString(folder.resolve("README"), "One file per month.\n");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(readMe, outcomes::add);

        assertThat(outcomes)
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason()).startsWith("README: not a mail archive:"));
    }

    @Test
    void a_maildir_in_a_zip_inside_a_zip_skips_its_tmp_folder() throws IOException {
        Path inner = zip(List.of(
                new String[] {
                    "Maildir/cur/1384330000.M1P10.host:2,S", message("Wed, 13 Nov 2013 08:00:00 +0000", "1net", "a")
                },
                new String[] {"Maildir/tmp/1384332000.M4P13.host", "From: half <h@example.org>\nSubj"}));
        Path outer;
        try {
            outer = zip(
                    List.<String[]>of(new String[] {"mail.zip", Files.readString(inner, StandardCharsets.ISO_8859_1)}));
        } finally {
            Files.delete(inner);
        }

        List<ReadOutcome> outcomes = readAndDelete(outer, "outer.zip");

        assertThat(outcomes)
                .extracting(MailFoldersTest::subjectOrReason)
                .containsExactly(
                        "1net",
                        "outer.zip!/mail.zip!/Maildir/tmp/1384332000.M4P13.host: in a Maildir's tmp"
                                + " folder, where a message may be only partly delivered");
    }

    /** A message read by its subject, a file skipped by why. */
    private static String subjectOrReason(ReadOutcome outcome) {
        return outcome instanceof ReadOutcome.Read read
                ? read.message().subject()
                : ((ReadOutcome.Skipped) outcome).reason();
    }

    /** What reading a zip on disk under {@code name} hands over; the zip is deleted after. */
    private List<ReadOutcome> readAndDelete(Path zip, String name) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        try {
            sut.read(zip, name, null, outcomes::add);
        } finally {
            try {
                Files.delete(zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outcomes;
    }

    /** A zip on disk of the entries given as name and text; its bytes are each text's ISO-8859-1 bytes. */
    private static Path zip(List<String[]> entries) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return Files.write(Files.createTempFile("mail", ".zip"), zipped.toByteArray());
    }

    private static void write(Path file, String date, String subject) throws IOException {
        Files.writeString(file, message(date, subject, file.getFileName().toString()));
    }

    private static String message(String date, String subject, String name) {
        return "From: Anja Kovacs <anja@example.org>\nSubject: " + subject + "\nDate: " + date + "\nMessage-ID: <"
                + name.replaceAll("[^A-Za-z0-9.]", ".") + "@example.org>\n\nText.\n";
    }
}
