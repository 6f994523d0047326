package org.caucus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caucus.coding.StanceQualifier.NEUTRAL;
import static org.caucus.coding.StanceQualifier.SUPPORTS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.account.CoderNames;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.analysis.Rollup;
import org.caucus.export.ExportFormat;
import org.caucus.export.ExportRequest;
import org.caucus.export.ExportService;
import org.caucus.shared.WorkWanted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Alice says the liaison is supported, Bob that it is only reported; the owner accepts Alice's
 * version. Counting the consensus only leaves the one settled passage.
 */
@IntegrationTest
@Import({CodedThread.class, QuotingThreadProject.class})
class ConsensusOnlyTest {

    private static final ComparisonScope EVERY_PASSAGE =
            ComparisonScope.everything().counting(Counting.OCCURRENCES);

    @Autowired
    PositionMatrixService matrices;

    @Autowired
    ExportService exports;

    @Autowired
    ConsensusService consensus;

    @Autowired
    DisagreementService disagreements;

    @Autowired
    CodedThread thread;

    @TempDir
    Path folder;

    CodedThread.Fixture fixture;

    @BeforeEach
    void settleOneDifference() {
        fixture = thread.create();
        thread.code(fixture, "alice", 0, "We should ask the Brazilian government", fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 0, "We should ask the Brazilian government", fixture.liaison(), NEUTRAL);
        consensus.accept(
                disagreements
                        .disagreements(
                                fixture.project(),
                                AgreementRequest.everyMessage(List.of("alice", "bob")),
                                WorkWanted.ALWAYS)
                        .getFirst(),
                "alice");
    }

    @Test
    void the_matrix_of_the_consensus_only_counts_the_settled_passage() {
        PositionMatrix everyone = matrices.matrix(fixture.project(), EVERY_PASSAGE, Rollup.PARTICIPANT);
        PositionMatrix settled =
                matrices.matrix(fixture.project(), EVERY_PASSAGE.withConsensusOnly(), Rollup.PARTICIPANT);

        assertThat(everyone.columnTotal(fixture.liaison()).total())
                .as("passages on the liaison, every coder")
                .isEqualTo(3);
        assertThat(settled.columnTotal(fixture.liaison()))
                .as("passages on the liaison, consensus only")
                .satisfies(count -> {
                    assertThat(count.total()).as("all").isEqualTo(1);
                    assertThat(count.supports()).as("supporting").isEqualTo(1);
                });
    }

    @Test
    void an_export_of_the_consensus_only_lists_the_settled_passage_alone() throws Exception {
        Path csv = folder.resolve("consensus.csv");

        exports.exportTo(
                fixture.project(),
                new ExportRequest(
                        EVERY_PASSAGE.withConsensusOnly(), ExportRequest.defaultSheets(), 0, ExportFormat.CSV),
                csv);

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).as("header and passages").hasSize(2);
        assertThat(lines.get(1))
                .as("the one passage")
                .contains("," + CoderNames.CONSENSUS + ",")
                .doesNotContain(",alice,")
                .doesNotContain(",bob,");
    }
}
