package org.caucus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.SeedProject;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import({SeedProject.class, QuotingThreadProject.class})
class PositionMatrixServiceTest {

    @Autowired
    PositionMatrixService sut;

    @Autowired
    CodingService coding;

    @Autowired
    SeedProject seedProject;

    @Autowired
    QuotingThreadProject quotingThread;

    @Test
    void matrix_counts_passages_per_speaker_position_and_qualifier() {
        SeedProject.Fixture seed = seedProject.create();
        long governments = seed.governments().getId();
        code(seed, "a dialogue without governments is not my perfect view of a", governments, StanceQualifier.SUPPORTS);
        code(seed, "governments are not part of the list", governments, StanceQualifier.NEUTRAL);
        code(seed, "we will like to have a direct liaison", seed.liaison().getId(), StanceQualifier.SUPPORTS);

        PositionMatrix matrix = sut.matrix(seed.project());

        assertThat(matrix.positions()).as("columns").hasSize(2);
        assertThat(matrix.rows())
                .as("rows, by name")
                .extracting(PositionMatrix.Row::label)
                .containsExactly("Joana Varon", "parminder");
        PositionMatrix.Row joana = matrix.rows().getFirst();
        assertThat(joana.count(governments)).as("Joana on governments").isEqualTo(new StanceCount(1, 0, 1));
        assertThat(joana.count(seed.liaison().getId())).as("Joana on liaison").isEqualTo(StanceCount.NONE);
        assertThat(matrix.total()).as("all passages").isEqualTo(3);
    }

    @Test
    void a_project_without_coded_passages_has_an_empty_matrix_with_all_positions() {
        SeedProject.Fixture seed = seedProject.create();

        PositionMatrix matrix = sut.matrix(seed.project());

        assertThat(matrix.rows()).as("rows").isEmpty();
        assertThat(matrix.positions()).as("columns").hasSize(2);
    }

    @Test
    void a_passage_coded_where_it_was_written_and_again_in_a_quote_of_it_is_one_statement() {
        QuotingThreadProject.Fixture thread = quotingThread.create();
        quotingThread.codeFirst(thread, 0, "direct channel to civil");
        quotingThread.codeFirst(thread, 2, "direct channel to civil");

        PositionMatrix statements = sut.matrix(thread.project(), ComparisonScope.everything(), Rollup.PARTICIPANT);
        PositionMatrix occurrences = sut.matrix(
                thread.project(), ComparisonScope.everything().counting(Counting.OCCURRENCES), Rollup.PARTICIPANT);

        assertThat(statements.rows())
                .as("speakers")
                .extracting(PositionMatrix.Row::label)
                .containsExactly("Anriette Esterhuysen");
        assertThat(statements.total()).as("statements").isEqualTo(1);
        assertThat(occurrences.total()).as("occurrences").isEqualTo(2);
    }

    private void code(SeedProject.Fixture seed, String phrase, long position, StanceQualifier qualifier) {
        coding.code(new CodingRequest(seed.messageId(), seed.range(phrase), position, qualifier, null));
    }
}
