package org.caucus.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(SeedProject.class)
class CodingHistoryTest {

    private static final String JOANA = "a dialogue without governments is not my perfect view of a";
    private static final String PARMINDER = "we will like to have a direct liaison with the hosts of the";

    @Autowired
    CodingService coding;

    @Autowired
    SeedProject seedProject;

    SeedProject.Fixture seed;
    CodingHistory sut;

    @BeforeEach
    void freshProject() {
        seed = seedProject.create();
        sut = new CodingHistory(coding);
    }

    @Test
    void undo_takes_back_a_coding_and_redo_puts_it_back() {
        sut.code(request(JOANA, StanceQualifier.SUPPORTS));

        assertThat(sut.undo()).as("undo step").hasValueSatisfying(step -> {
            assertThat(step.messageId()).isEqualTo(seed.messageId());
            assertThat(step.description()).startsWith("Undone: coding of “a dialogue");
        });
        assertThat(coding.highlights(seed.messageId())).as("after undo").isEmpty();

        sut.redo();
        assertThat(coding.highlights(seed.messageId()))
                .as("after redo")
                .extracting(Highlight::start, Highlight::qualifier)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(seed.range(JOANA).start(), StanceQualifier.SUPPORTS));
    }

    @Test
    void undo_and_redo_run_back_and_forth_through_coding_editing_and_deleting() {
        Highlight coded = sut.code(request(JOANA, StanceQualifier.SUPPORTS));
        Highlight edited = sut.edit(coded.id(), coded.version(), request(PARMINDER, StanceQualifier.OPPOSES));
        sut.delete(edited.id(), edited.version());
        assertThat(coding.highlights(seed.messageId())).as("after delete").isEmpty();

        sut.undo();
        assertThat(positionsAndQualifiers()).as("deletion undone").containsExactly("parminder OPPOSES");
        sut.undo();
        assertThat(positionsAndQualifiers()).as("edit undone").containsExactly("Joana Varon SUPPORTS");
        sut.undo();
        assertThat(positionsAndQualifiers()).as("coding undone").isEmpty();
        assertThat(sut.undo()).as("nothing left to undo").isEmpty();

        sut.redo();
        sut.redo();
        assertThat(positionsAndQualifiers()).as("coding and edit redone").containsExactly("parminder OPPOSES");
        sut.redo();
        assertThat(positionsAndQualifiers()).as("deletion redone").isEmpty();
        assertThat(sut.redo()).as("nothing left to redo").isEmpty();
    }

    @Test
    void a_new_change_after_an_undo_clears_what_could_be_redone() {
        sut.code(request(JOANA, StanceQualifier.SUPPORTS));
        sut.undo();
        sut.code(request(PARMINDER, StanceQualifier.NEUTRAL));

        assertThat(sut.redo()).as("redo after a new change").isEmpty();
        assertThat(positionsAndQualifiers()).containsExactly("parminder NEUTRAL");
    }

    @Test
    void each_session_undoes_only_its_own_changes() {
        CodingHistory otherSession = new CodingHistory(coding);
        sut.code(request(JOANA, StanceQualifier.SUPPORTS));
        otherSession.code(request(PARMINDER, StanceQualifier.NEUTRAL));

        sut.undo();

        assertThat(positionsAndQualifiers()).as("other session's coding kept").containsExactly("parminder NEUTRAL");
    }

    @Test
    void an_undo_that_no_longer_applies_is_refused_and_stays_undoable_later() {
        Highlight coded = sut.code(request(JOANA, StanceQualifier.SUPPORTS));
        coding.deleteAs("reviewer", coded.id(), coded.version()); // removed outside this session's history

        assertThatThrownBy(sut::undo)
                .isInstanceOf(PassageRejectedException.class)
                .hasMessageContaining("deleted by reviewer");
        assertThat(sut.redo()).as("nothing moved to redo").isEmpty();
    }

    private List<String> positionsAndQualifiers() {
        return coding.highlights(seed.messageId()).stream()
                .map(h -> h.speaker() + " " + h.qualifier())
                .toList();
    }

    private CodingRequest request(String phrase, StanceQualifier qualifier) {
        return new CodingRequest(
                seed.messageId(), seed.range(phrase), seed.governments().getId(), qualifier, null);
    }
}
