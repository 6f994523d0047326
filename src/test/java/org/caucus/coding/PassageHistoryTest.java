package org.caucus.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.codebook.CodebookService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(SeedProject.class)
class PassageHistoryTest {

    private static final String JOANA = "a dialogue without governments is not my perfect view of a";

    @Autowired
    PassageHistory sut;

    @Autowired
    CodingService coding;

    @Autowired
    CodebookService codebook;

    @Autowired
    SeedProject seedProject;

    SeedProject.Fixture seed;

    @BeforeEach
    void freshProject() {
        seed = seedProject.create();
    }

    @Test
    void coding_changing_and_deleting_are_recorded_with_who_and_from_what_to_what_and_outlive_the_passage() {
        Highlight coded = coding.codeAs("alice", request(seed.governments().getId(), StanceQualifier.SUPPORTS, null));
        Highlight changed = coding.editAs(
                "bob", coded.id(), coded.version(), request(seed.liaison().getId(), StanceQualifier.OPPOSES, "why"));
        coding.deleteAs("carol", changed.id(), changed.version());

        List<PassageChange> history = sut.inMessage(seed.messageId());

        assertThat(history)
                .as("latest first: who did what")
                .extracting(PassageChange::kind, PassageChange::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PassageChange.Kind.DELETED, "carol"),
                        org.assertj.core.groups.Tuple.tuple(PassageChange.Kind.CHANGED, "bob"),
                        org.assertj.core.groups.Tuple.tuple(PassageChange.Kind.CREATED, "alice"));
        assertThat(history.get(1).what())
                .as("the change, from what to what")
                .isEqualTo("position “Governments take part” → “Direct liaison”; qualifier supports → opposes;"
                        + " memo none → “why”");
        assertThat(history.get(0).what())
                .as("what the deleted passage said")
                .isEqualTo("opposes “Direct liaison”: “" + JOANA + "”");
        assertThat(history)
                .as("every entry names the passage and its message after the passage is gone")
                .allSatisfy(change -> {
                    assertThat(change.annotationId()).isEqualTo(coded.id());
                    assertThat(change.subject()).isNotBlank();
                });
        assertThat(sut.inProject(seed.project(), 2))
                .as("the project's latest two")
                .hasSize(2);
    }

    @Test
    void a_refused_change_leaves_no_entry() {
        Highlight coded = coding.codeAs("alice", request(seed.governments().getId(), StanceQualifier.SUPPORTS, null));
        PassageRange tampered = new PassageRange(coded.start(), coded.end(), "not what the message says");

        try {
            coding.editAs(
                    "bob",
                    coded.id(),
                    coded.version(),
                    new CodingRequest(
                            seed.messageId(), tampered, seed.liaison().getId(), StanceQualifier.NEUTRAL, null));
        } catch (PassageRejectedException expected) {
            // refused: the text does not match the message
        }

        assertThat(sut.ofPassage(coded.id()))
                .as("only the coding")
                .extracting(PassageChange::kind)
                .containsExactly(PassageChange.Kind.CREATED);
    }

    @Test
    void merging_and_deleting_positions_record_every_passage_they_change_as_the_analyst_who_did_it() {
        Highlight codedTwice =
                coding.codeAs("alice", request(seed.governments().getId(), StanceQualifier.SUPPORTS, null));
        coding.codeAs("alice", request(seed.liaison().getId(), StanceQualifier.SUPPORTS, null));
        Highlight moved = coding.codeAs(
                "carol",
                new CodingRequest(
                        seed.messageId(),
                        seed.range("please do let Brazil gov know this fact"),
                        seed.governments().getId(),
                        StanceQualifier.OPPOSES,
                        null));

        codebook.merge(seed.governments().getId(), seed.liaison().getId());

        assertThat(sut.ofPassage(codedTwice.id()))
                .as("alice's copy would count twice after the merge: deleted, by the analyst who merged")
                .extracting(PassageChange::kind, PassageChange::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PassageChange.Kind.DELETED, "tester"),
                        org.assertj.core.groups.Tuple.tuple(PassageChange.Kind.CREATED, "alice"));
        assertThat(sut.ofPassage(moved.id()).getFirst().what())
                .as("carol's passage moved to the position it was merged into")
                .isEqualTo("position “Governments take part” → “Direct liaison”");
        assertThatThrownBy(() -> coding.editAs(
                        "carol",
                        moved.id(),
                        moved.version(),
                        new CodingRequest(
                                seed.messageId(),
                                seed.range("please do let Brazil gov know this fact"),
                                seed.liaison().getId(),
                                StanceQualifier.NEUTRAL,
                                null)))
                .as("a coder who still sees the old position is told of the merge")
                .isInstanceOf(PassageChangedException.class)
                .hasMessageContaining("tester");

        codebook.deletePosition(seed.liaison().getId());

        assertThat(sut.inMessage(seed.messageId()))
                .as("every passage deleted with the position is in the history")
                .filteredOn(change -> change.kind() == PassageChange.Kind.DELETED)
                .hasSize(3)
                .allSatisfy(change -> assertThat(change.by()).isEqualTo("tester"));
    }

    private CodingRequest request(long positionId, StanceQualifier qualifier, String memo) {
        return new CodingRequest(seed.messageId(), seed.range(JOANA), positionId, qualifier, memo);
    }
}
