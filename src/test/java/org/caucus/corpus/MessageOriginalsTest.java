package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.SharedCorpora;
import org.caucus.SignIn;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/** Each message as it was read: its details for the reader, and its bytes unchanged. */
@IntegrationTest
class MessageOriginalsTest {

    @Autowired
    MessageOriginals sut;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    CorpusService corpus;

    @Autowired
    ProjectService projects;

    @Autowired
    ApplicationContext application;

    Project project;

    // Found before each test, not as the class loads: without the corpora the tests are skipped, not errors.
    Path tricky;

    @BeforeEach
    void importThreeTrickyFiles() {
        tricky = SharedCorpora.folder().resolve("tricky");
        project = projects.create("originals-" + UUID.randomUUID());
        importer.importPaths(
                project,
                List.of(
                        tricky.resolve("42_ks_c_5601-1987.eml"),
                        tricky.resolve("27_ietf_applemail_inline_images.mbox"),
                        tricky.resolve("03_pipermail_bogus_date_1945_tz+50579034.mbox")),
                ImportProgress.NONE);
    }

    @Test
    void a_mime_message_s_details_name_its_file_identifiers_charset_and_attachments() {
        MessageDetails details =
                sut.details(messageFrom("27_ietf_applemail_inline_images.mbox")).orElseThrow();

        assertThat(details.sourceName()).isEqualTo("27_ietf_applemail_inline_images.mbox");
        assertThat(details.messageId()).isEqualTo("D8802B92-1105-4295-9F30-C04FE369A86D@cisco.com");
        assertThat(details.inReplyTo()).isEqualTo("A16B9A4922C4A544A94565E870362B50014B68DE@XMB-AMS-111.cisco.com");
        assertThat(details.dateHeader()).isEqualTo("Mon, 1 Mar 2010 15:45:56 +0100");
        assertThat(details.charsetInWords()).isEqualTo("US-ASCII, declared by the message");
        assertThat(details.attachments())
                .containsExactly(
                        new MessageAttachment("logo.gif", "image/gif", 837),
                        new MessageAttachment("green.gif", "image/gif", 87));
        assertThat(details.importNotes()).isEmpty();
    }

    @Test
    void a_message_s_details_carry_its_import_s_warnings_and_how_its_charset_was_chosen() {
        MessageDetails details = sut.details(messageFrom("03_pipermail_bogus_date_1945_tz+50579034.mbox"))
                .orElseThrow();

        assertThat(details.dateHeader()).isEqualTo("Mon, 21 Oct 2002 15:02:34 +50579034");
        assertThat(details.charsetInWords()).isEqualTo("US-ASCII, assumed: nothing usable was declared");
        assertThat(details.importNotes())
                .singleElement()
                .asString()
                .startsWith("03_pipermail_bogus_date_1945_tz+50579034.mbox, message 1: Date header")
                .endsWith("kept with no date");
    }

    @Test
    void the_original_is_the_file_s_bytes_unchanged() throws IOException {
        Path file = tricky.resolve("42_ks_c_5601-1987.eml");
        long messageId = messageFrom(file.getFileName().toString());

        assertThat(sut.original(messageId)).as("the original").hasValue(Files.readAllBytes(file));
        assertThat(sut.details(messageId).orElseThrow().originalSize())
                .as("its size")
                .isEqualTo((int) Files.size(file));
    }

    @Test
    void somebody_outside_the_project_finds_neither_details_nor_original() {
        long messageId = messageFrom("42_ks_c_5601-1987.eml");

        SignIn.running(application, "outsider-" + UUID.randomUUID(), () -> {
            assertThat(sut.details(messageId)).as("details").isEmpty();
            assertThat(sut.original(messageId)).as("original").isEmpty();
            return null;
        });
    }

    private long messageFrom(String sourceName) {
        return corpus.findMessages(project, Pageable.unpaged()).stream()
                .filter(row -> sut.details(row.id()).orElseThrow().sourceName().equals(sourceName))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
