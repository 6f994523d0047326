package org.caucus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caucus.IntegrationTest;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportCounts;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ImportRemoval;
import org.caucus.corpus.ImportRemovalRefused;
import org.caucus.corpus.PastImport;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class QdpxImportTest {

    @Autowired
    QdpxImporter sut;

    @Autowired
    ProjectService projects;

    @Autowired
    TwoCoderSeed codedSeed;

    @Autowired
    CorpusService corpus;

    @Autowired
    CodebookService codebook;

    @Autowired
    ImportHistory history;

    @Autowired
    ImportRemoval removal;

    @Test
    void a_qualcoder_project_without_qualifiers_is_imported_as_neutral_codings_by_their_coders() {
        Project project = emptyProject();

        QdpxImporter.Outcome outcome = sut.importFile(
                project, "interviews.qdpx", new ByteArrayInputStream(QdpxFixture.zip(QdpxFixture.QUALCODER, q -> q)));

        assertThat(outcome.summary())
                .as("summary")
                .contains("2 messages", "5 coded passages", "PictureSource 'whiteboard'");
        assertThat(codedSeed.passages(project))
                .as("coded passages")
                .containsExactlyInAnyOrder(
                        new TwoCoderSeed.Passage(
                                "Bob",
                                9,
                                40,
                                "Funding",
                                "Membership fees",
                                StanceQualifier.NEUTRAL,
                                "maria",
                                "Bob",
                                null),
                        new TwoCoderSeed.Passage(
                                "interview-anna",
                                52,
                                75,
                                "Funding",
                                "Funding",
                                StanceQualifier.NEUTRAL,
                                "maria",
                                "Anna",
                                null),
                        new TwoCoderSeed.Passage(
                                "interview-anna",
                                62,
                                95,
                                "Funding",
                                "Public grants",
                                StanceQualifier.NEUTRAL,
                                "colin",
                                "Anna",
                                "Two ministries, named later in the interview"),
                        // after the emoji, one code point is two Java characters
                        new TwoCoderSeed.Passage(
                                "interview-anna",
                                115,
                                130,
                                "Funding",
                                "Membership fees",
                                StanceQualifier.NEUTRAL,
                                "maria",
                                "Anna",
                                "Fees are small; check the annual report."),
                        new TwoCoderSeed.Passage(
                                "interview-anna",
                                138,
                                173,
                                "Imported codes",
                                "Distrust of 1net",
                                StanceQualifier.NEUTRAL,
                                "maria",
                                "Anna",
                                null));
        assertThat(codebook.positions(project.getId()))
                .as("colour of a code written as #rgb")
                .filteredOn(position -> position.name().equals("Distrust of 1net"))
                .extracting(position -> position.colour())
                .containsExactly("#88ff88");
    }

    @Test
    void a_source_stored_with_a_warning_is_named_in_the_summary() {
        Project project = emptyProject();
        String longName = "interview-anna " + "and the rest of a very long title ".repeat(70);

        QdpxImporter.Outcome outcome = sut.importFile(
                project,
                "interviews.qdpx",
                new ByteArrayInputStream(QdpxFixture.zip(
                        QdpxFixture.QUALCODER,
                        qde -> qde.replace("name=\"interview-anna\"", "name=\"" + longName + "\""))));

        assertThat(outcome.warnings())
                .as("the warnings of the long-named source")
                .anySatisfy(warning -> assertThat(warning)
                        .startsWith("interview-anna and the rest")
                        .contains("Subject"));
        assertThat(outcome.summary()).as("summary").contains("stored with warnings: interview-anna and the rest");
    }

    @Test
    void the_import_is_listed_with_the_project_s_imports_and_not_taken_back_while_its_codes_are_there() {
        Project project = emptyProject();

        sut.importFile(
                project, "interviews.qdpx", new ByteArrayInputStream(QdpxFixture.zip(QdpxFixture.QUALCODER, q -> q)));

        assertThat(history.of(project.getId()))
                .as("the earlier imports")
                .extracting(PastImport::sources, PastImport::counts, PastImport::removable)
                .containsExactly(tuple("interviews.qdpx", new ImportCounts(2, 2, 0, 0, 0), true));
        assertThatThrownBy(() -> removal.remove(
                        project, history.of(project.getId()).getFirst().runId()))
                .as("taking it back")
                .isInstanceOf(ImportRemovalRefused.class)
                .hasMessageContaining("5 coded passages are on its messages");
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused_by_name() {
        Project project = emptyProject();

        assertThatThrownBy(() -> sut.importFile(
                        project, "notes.qdpx", new ByteArrayInputStream("just notes".getBytes(StandardCharsets.UTF_8))))
                .as("refusal")
                .isInstanceOf(ExchangeException.class)
                .hasMessage("notes.qdpx is not a QDPX file: it is not a zip archive.");
    }

    @Test
    void a_zip_without_project_qde_is_refused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("sources/a.txt"));
            zip.write("text".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Project project = emptyProject();

        assertThatThrownBy(() -> sut.importFile(project, "texts.qdpx", new ByteArrayInputStream(bytes.toByteArray())))
                .as("refusal")
                .hasMessageStartingWith("texts.qdpx holds no project.qde");
    }

    @Test
    void a_selection_outside_its_source_is_refused_naming_the_source_and_the_selection_and_nothing_is_stored() {
        assertRefusedAndNothingStored(
                qde -> qde.replace(
                        "startPosition=\"137\" endPosition=\"172\"", "startPosition=\"137\" endPosition=\"900\""),
                "interviews.qdpx, project.qde, TextSource 'interview-anna' (5b1a3c1e-0d7e-4b57-9a51-2f1d8c4e6a01), "
                        + "PlainTextSelection 'distrust' (d1000000-0000-4000-8000-000000000003): runs from 137 to 900");
    }

    @Test
    void a_coding_of_an_unknown_code_is_refused_naming_the_code() {
        assertRefusedAndNothingStored(
                qde -> qde.replace(
                        "<CodeRef targetGUID=\"b2000000-0000-4000-8000-000000000001\"/>",
                        "<CodeRef targetGUID=\"99999999-0000-4000-8000-000000000001\"/>"),
                "refers to code 99999999-0000-4000-8000-000000000001, which is not in the file's codebook");
    }

    @Test
    void a_selection_that_cannot_be_coded_undoes_the_messages_and_codes_already_added() {
        // The emoji alone holds no words: the refusal comes from coding, after the messages were written.
        assertRefusedAndNothingStored(
                qde -> qde.replace(
                        "startPosition=\"137\" endPosition=\"172\"", "startPosition=\"96\" endPosition=\"98\""),
                "PlainTextSelection d1000000-0000-4000-8000-000000000003: The selection holds no words");
    }

    private void assertRefusedAndNothingStored(UnaryOperator<String> breakIt, String message) {
        Project project = emptyProject();
        byte[] broken = QdpxFixture.zip(QdpxFixture.QUALCODER, breakIt);

        assertThatThrownBy(() -> sut.importFile(project, "interviews.qdpx", new ByteArrayInputStream(broken)))
                .as("refusal")
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining(message);
        assertThat(corpus.countMessages(project)).as("messages stored").isZero();
        assertThat(codebook.positions(project.getId())).as("positions stored").isEmpty();
        assertThat(history.of(project.getId())).as("imports recorded").isEmpty();
    }

    private Project emptyProject() {
        return projects.create("import-" + UUID.randomUUID());
    }
}
