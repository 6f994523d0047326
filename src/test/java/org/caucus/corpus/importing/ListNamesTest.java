package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private ParsedMessage onlyMessage(Path path) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        sut.read(path, outcomes::add);
        assertThat(outcomes).hasSize(1).first().isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcomes.getFirst()).message();
    }
}
