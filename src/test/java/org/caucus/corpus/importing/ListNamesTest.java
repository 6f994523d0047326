package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which list a message is named for: the subjects below are from twisted-python's archive, where replies sent to two
 * lists, forwards and other tags once named lists of their own.
 */
class ListNamesTest {

    private final MailSources sut = new MailSources();

    @ParameterizedTest(name = "\"{1}\" in folder {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            twisted-python | [Twisted-Python] Using telnet                                   | Twisted-Python
            twisted-python | Using telnet                                                     | twisted-python
            twisted-python | [XML-SIG] Re: [Twisted-Python] Can anyone recommend a parser?   | Twisted-Python
            twisted-python | [SPAM 05.92] [Twisted-Python] Twisted and P2P                   | Twisted-Python
            twisted-python | [Fwd: Re: [Twisted-Python] Sub-project Naming]                  | Twisted-Python
            twisted-python | [andrew@puzzling.org: Re: [Twisted-Python] shedding root]       | Twisted-Python
            twisted-python | [UPDATE] aio works with epoll [was: Re: [Twisted-Python] Async I/O] | Twisted-Python
            twisted-python | Talk in DC (Was: [Twisted-Python] Talk in Boston)               | Twisted-Python
            Downloads      | [Twisted-Python] Using telnet                                   | Twisted-Python
            Downloads      | [XML-SIG] Re: [Twisted-Python] Can anyone recommend a parser?   | XML-SIG
            """)
    void a_pipermail_month_names_its_list_by_the_tag_that_matches_its_folder(
            String folderName, String subject, String listName, @TempDir Path folder) throws IOException {
        Path list = Files.createDirectory(folder.resolve(folderName));
        Files.writeString(
                list.resolve("2004-May.txt"),
                "From a at b.org  Wed May 12 01:51:13 2004\nFrom: a at b.org\nSubject: " + subject + "\n\nHi\n");

        assertThat(onlyMessage(list).listName()).isEqualTo(listName);
    }

    @ParameterizedTest(name = "List-Id {0}, \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            <twisted-python.twistedmatrix.com> | [XML-SIG] Re: [Twisted-Python] parsers | Twisted-Python
            <twisted-python.twistedmatrix.com> | [XML-SIG] Re: parsers                  | twisted-python
            <twisted-python.twistedmatrix.com> | Re: parsers                            | twisted-python
            """)
    void the_list_that_delivered_a_message_names_it_spelled_as_its_tag(
            String listId, String subject, String listName, @TempDir Path folder) throws IOException {
        Path mbox = Files.writeString(
                folder.resolve("saved.mbox"),
                "From a@b.org Wed May 12 01:51:13 2004\nFrom: a@b.org\nList-Id: Twisted general discussion " + listId
                        + "\nSubject: " + subject + "\n\nHi\n",
                StandardCharsets.US_ASCII);

        assertThat(onlyMessage(mbox).listName()).isEqualTo(listName);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            [Twisted-Python] Using telnet                                     | Twisted-Python
            Talk on Twisted in Washington, DC (Was: [Twisted-Python] Talk on Twisted in Boston) | Twisted-Python
            Antwort: [Twisted-Python] Win32 installer for Python2.3           | Twisted-Python
            答复: [Twisted-Python] Twisted 8.0.1 for Windows is missing Zope   | Twisted-Python
            Please add bugs (was [Twisted-Python] ParagraphText refuse to work) | Twisted-Python
            Crossing the Chasm [Twisted-Python] documentation                 |
            Using telnet                                                      |
            [UPDATE] aio works with epoll [was: Re: [Twisted-Python] Async I/O] | UPDATE
            """)
    void with_nothing_but_the_subject_a_tag_that_heads_it_or_that_a_reply_brings_in_names_the_list(
            String subject, String listName, @TempDir Path folder) throws IOException {
        Path month = Files.writeString(
                folder.resolve("2004-November.txt"),
                "From a at b.org  Wed Nov 13 01:51:13 2004\nFrom: a at b.org\nSubject: " + subject + "\n\nHi\n",
                StandardCharsets.UTF_8);
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.readUploaded(List.of(month), outcomes::add);

        assertThat(outcomes)
                .singleElement()
                .extracting(outcome -> ((ReadOutcome.Read) outcome).message().listName())
                .isEqualTo(listName);
    }

    @Test
    void an_uploaded_month_is_not_named_after_the_folder_the_server_keeps_uploads_in(@TempDir Path folder)
            throws IOException {
        Path uploads = Files.createDirectory(folder.resolve("caucus-upload8127345"));
        Path month = Files.writeString(
                uploads.resolve("2013-November.txt"),
                "From a at b.org  Wed Nov 13 01:51:13 2013\nFrom: a at b.org\nSubject: IMAP4 Proxy\n\nHi\n"
                        + "From a at b.org  Wed Nov 13 02:51:13 2013\nFrom: a at b.org\n"
                        + "Subject: [Twisted-Python] IMAP4 Proxy\n\nHi\n");
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.readUploaded(List.of(month), outcomes::add);

        assertThat(outcomes)
                .extracting(outcome -> ((ReadOutcome.Read) outcome).message().listName())
                .as("the untagged message names no list, the tagged one its tag")
                .containsExactly(null, "Twisted-Python");
    }

    @Test
    void a_zipped_month_names_its_list_by_its_folder_in_the_zip_even_in_a_zip_inside_a_zip(@TempDir Path folder)
            throws IOException {
        String untagged = "From a at b.org  Wed May 12 01:51:13 2004\nFrom: a at b.org\nSubject: Using telnet\n\nHi\n";
        byte[] inner = zip(Map.of("bestbits/2013-November.txt", untagged.getBytes(StandardCharsets.US_ASCII)));
        Path file = Files.write(
                folder.resolve("lists.zip"),
                zip(Map.of(
                        "twisted-python/2004-May.txt", untagged.getBytes(StandardCharsets.US_ASCII),
                        "2004-June.txt", untagged.replace("May", "Jun").getBytes(StandardCharsets.US_ASCII),
                        "more.zip", inner)));
        List<ReadOutcome> outcomes = new ArrayList<>();

        sut.read(file, outcomes::add);

        assertThat(outcomes)
                .extracting(outcome -> outcome.position().sourceName() + " "
                        + ((ReadOutcome.Read) outcome).message().listName())
                .containsExactlyInAnyOrder(
                        "lists.zip!/twisted-python/2004-May.txt twisted-python",
                        "lists.zip!/2004-June.txt null",
                        "lists.zip!/more.zip!/bestbits/2013-November.txt bestbits");
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
        return zipped.toByteArray();
    }

    private ParsedMessage onlyMessage(Path path) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        sut.read(path, outcomes::add);
        assertThat(outcomes).hasSize(1).first().isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcomes.getFirst()).message();
    }
}
