package org.caucus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.SeedProject;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class QdpxRoundTripTest {

    @Autowired
    QdpxWriter sut;

    @Autowired
    QdpxImporter importer;

    @Autowired
    TwoCoderSeed codedSeed;

    @Autowired
    QuotingThreadProject quotingThread;

    @Autowired
    ProjectService projects;

    @Test
    void every_coded_passage_of_the_seed_comes_back_with_its_span_position_qualifier_coder_and_memo() {
        SeedProject.Fixture original = codedSeed.create();

        Project copy = roundTrip(original.project());

        assertThat(codedSeed.passages(copy))
                .as("coded passages after export and import into an empty project")
                .hasSize(4)
                .containsExactlyElementsOf(codedSeed.passages(original.project()));
    }

    @Test
    void passages_of_a_thread_come_back_in_the_messages_they_were_coded_in() {
        QuotingThreadProject.Fixture thread = quotingThread.create();
        quotingThread.codeFirst(thread, 2, "direct channel to civil");
        quotingThread.codeFirst(thread, 0, "Nobody else can speak for us");

        Project copy = roundTrip(thread.project());

        // The speaker is left out: a quote traced to its origin across messages is credited by the
        // archive import, which a QDPX import does not repeat (the file names no origins).
        assertThat(codedSeed.passages(copy))
                .as("coded passages of the quoting thread after the round trip")
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("speaker")
                .containsExactlyElementsOf(codedSeed.passages(thread.project()));
    }

    @Test
    void importing_the_same_file_twice_adds_nothing_the_second_time() {
        SeedProject.Fixture original = codedSeed.create();
        byte[] qdpx = export(original.project());
        Project copy = projects.create("copy-" + UUID.randomUUID());
        importer.importFile(copy, "seed.qdpx", new ByteArrayInputStream(qdpx));

        QdpxImporter.Outcome again = importer.importFile(copy, "seed.qdpx", new ByteArrayInputStream(qdpx));

        assertThat(again.passages()).as("passages added by the second import").isZero();
        assertThat(again.alreadyCoded()).as("passages found already coded").isEqualTo(4);
        assertThat(again.positionsAdded())
                .as("positions added by the second import")
                .isZero();
        assertThat(codedSeed.passages(copy)).as("coded passages").hasSize(4);
    }

    private Project roundTrip(Project original) {
        byte[] qdpx = export(original);
        Project copy = projects.create("copy-" + UUID.randomUUID());
        importer.importFile(copy, "export.qdpx", new ByteArrayInputStream(qdpx));
        return copy;
    }

    private byte[] export(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sut.write(project, out);
        return out.toByteArray();
    }
}
