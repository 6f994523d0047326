package org.caucus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class QdcCodebookTest {

    @Autowired
    QdcCodebook sut;

    @Autowired
    SeedProject seed;

    @Autowired
    ProjectService projects;

    @Autowired
    CodebookService codebook;

    @Test
    void a_codebook_written_as_qdc_reads_back_into_an_empty_project_unchanged() {
        Project original = seed.create().project();
        ByteArrayOutputStream qdc = new ByteArrayOutputStream();
        sut.write(original, qdc);
        Project copy = projects.create("qdc-" + UUID.randomUUID());

        QdcCodebook.Outcome outcome = sut.importFile(copy, "seed.qdc", new ByteArrayInputStream(qdc.toByteArray()));

        assertThat(outcome).as("added").isEqualTo(new QdcCodebook.Outcome(1, 2));
        assertThat(codebook.positions(copy.getId()))
                .as("positions of the copy")
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "shortcut")
                .containsExactlyElementsOf(codebook.positions(original.getId()));
        assertThat(new String(qdc.toByteArray(), StandardCharsets.UTF_8))
                .as("qualifier sub-codes in the file")
                .contains("name=\"supports\"", "name=\"opposes\"", "name=\"neutral\"");
    }

    @Test
    void a_maxqda_codebook_becomes_issues_and_positions() throws IOException {
        Project project = projects.create("qdc-" + UUID.randomUUID());

        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/exchange/maxqda-codebook.qdc"))) {
            sut.importFile(project, "maxqda-codebook.qdc", in);
        }

        assertThat(codebook.positions(project.getId()))
                .as("positions")
                .extracting(PositionChoice::issue, PositionChoice::name, PositionChoice::colour)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Representation", "Peak structure", "#3366cc"),
                        org.assertj.core.groups.Tuple.tuple("Representation", "Self-selection", "#ff7f0e"),
                        org.assertj.core.groups.Tuple.tuple(CodeMapping.LOOSE_CODES_ISSUE, "Resources", "#dc3912"));
    }

    @Test
    void a_project_file_given_as_a_codebook_is_refused_naming_the_root_element() {
        Project project = projects.create("qdc-" + UUID.randomUUID());
        byte[] wrong = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.importFile(project, "wrong.qdc", new ByteArrayInputStream(wrong)))
                .as("refusal")
                .hasMessageStartingWith("wrong.qdc: the root element is <Project>");
    }
}
