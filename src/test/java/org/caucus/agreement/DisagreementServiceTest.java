package org.caucus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caucus.coding.StanceQualifier.NEUTRAL;
import static org.caucus.coding.StanceQualifier.OPPOSES;
import static org.caucus.coding.StanceQualifier.SUPPORTS;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.account.CoderNames;
import org.caucus.shared.WorkWanted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Alice, Bob and sometimes Carol code the liaison thread by hand; the browser lists where they differ. */
@IntegrationTest
@Import({CodedThread.class, QuotingThreadProject.class})
class DisagreementServiceTest {

    private static final String CHANNEL = "We should ask the Brazilian government";

    @Autowired
    DisagreementService sut;

    @Autowired
    CodedThread thread;

    CodedThread.Fixture fixture;

    @BeforeEach
    void createTheThread() {
        fixture = thread.create();
    }

    private List<Disagreement> between(String... coders) {
        return sut.disagreements(fixture.project(), AgreementRequest.everyMessage(List.of(coders)), WorkWanted.ALWAYS);
    }

    @Test
    void the_same_span_with_another_qualifier_is_a_disagreement_on_the_qualifier() {
        thread.code(fixture, "alice", 0, CHANNEL, fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 0, CHANNEL, fixture.liaison(), NEUTRAL);

        List<Disagreement> found = between("alice", "bob");

        assertThat(found).as("disagreements").hasSize(1);
        Disagreement one = found.getFirst();
        assertThat(one.differences()).as("what differs").containsExactly("qualifier");
        assertThat(one.text()).as("the stretch's text").isEqualTo(CHANNEL);
        assertThat(one.versionOf("alice"))
                .as("alice's version")
                .singleElement()
                .satisfies(p -> assertThat(p.qualifier()).isEqualTo(SUPPORTS));
        assertThat(one.versionOf("bob"))
                .as("bob's version")
                .singleElement()
                .satisfies(p -> assertThat(p.qualifier()).isEqualTo(NEUTRAL));
        assertThat(one.after()).as("the message text after the stretch").startsWith(" for a direct channel");
        assertThat(one.resolved()).as("settled before anyone settled it").isFalse();
    }

    @Test
    void the_same_span_with_another_position_is_a_disagreement_on_the_position() {
        thread.code(fixture, "alice", 0, CHANNEL, fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 0, CHANNEL, fixture.waiting(), SUPPORTS);

        assertThat(between("alice", "bob"))
                .as("disagreements")
                .singleElement()
                .satisfies(one -> assertThat(one.differences()).containsExactly("position"));
    }

    @Test
    void overlapping_spans_make_one_stretch_that_differs_in_its_span() {
        thread.code(fixture, "alice", 0, CHANNEL, fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 0, "the Brazilian government for a direct channel", fixture.liaison(), SUPPORTS);

        List<Disagreement> found = between("alice", "bob");

        assertThat(found).as("disagreements").hasSize(1);
        assertThat(found.getFirst().differences()).as("what differs").containsExactly("span");
        assertThat(found.getFirst().text())
                .as("the stretch covers both passages")
                .isEqualTo("We should ask the Brazilian government for a direct channel");
    }

    @Test
    void a_passage_one_coder_coded_and_another_did_not_names_who_did_not() {
        thread.code(fixture, "alice", 2, "I agree with the channel", fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 2, "I agree with the channel", fixture.liaison(), SUPPORTS);

        List<Disagreement> found = between("alice", "bob", "carol");

        assertThat(found).as("disagreements among three coders").singleElement().satisfies(one -> {
            assertThat(one.differences()).as("what differs").containsExactly("not coded by carol");
            assertThat(one.versionOf("carol")).as("carol's version").isEmpty();
        });
    }

    @Test
    void a_comparison_nobody_waits_for_any_more_is_given_up_before_its_next_message() {
        thread.code(fixture, "alice", 0, CHANNEL, fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 0, CHANNEL, fixture.liaison(), OPPOSES);

        assertThatThrownBy(() -> sut.disagreements(
                        fixture.project(), AgreementRequest.everyMessage(List.of("alice", "bob")), () -> false))
                .as("a comparison nobody waits for")
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void passages_coded_alike_are_not_listed_and_each_message_is_looked_at_on_its_own() {
        thread.code(fixture, "alice", 1, "Agreed, and we should ask this week", fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 1, "Agreed, and we should ask this week", fixture.liaison(), SUPPORTS);
        thread.code(fixture, "alice", 2, "not with the deadline", fixture.waiting(), OPPOSES);
        thread.code(fixture, "bob", 2, "not with the deadline", fixture.waiting(), OPPOSES);
        thread.code(fixture, "alice", 0, "Nobody else can speak for us", fixture.waiting(), OPPOSES);

        List<Disagreement> found = between("alice", "bob");

        assertThat(found)
                .as("only the passage bob left uncoded")
                .extracting(Disagreement::text, Disagreement::differences)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Nobody else can speak for us", List.of("not coded by bob")));
    }

    @Test
    void the_consensus_coder_is_not_one_of_the_coders_to_compare() {
        assertThatThrownBy(() -> between("alice", CoderNames.CONSENSUS))
                .as("comparing with the consensus coder")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consensus");
    }
}
