package org.caucus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.caucus.coding.StanceQualifier.NEUTRAL;
import static org.caucus.coding.StanceQualifier.OPPOSES;
import static org.caucus.coding.StanceQualifier.SUPPORTS;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.agreement.AgreementReport.PositionAgreement;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.shared.WorkWanted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

/**
 * A small project worked by hand. Alice and Bob code three messages with two positions, P1 the
 * liaison and P2 waiting (S supports, O opposes, N neutral, - not coded):
 *
 * <pre>
 * unit      alice bob
 * m0 P1       S    S
 * m0 P2       -    O
 * m1 P1       S    N
 * m1 P2       -    -
 * m2 P1       S    S
 * m2 P2       O    O
 * </pre>
 *
 * Percent agreement 4/6 = 0.667. Cohen's kappa: expected agreement (3·2 + 1·2 + 2·1)/36 = 10/36,
 * so (24 − 10)/(36 − 10) = 0.538. Fleiss' kappa of two coders is Scott's pi: pooled shares S 5/12,
 * O 3/12, N 1/12, - 3/12 give expected agreement 44/144 and (2/3 − 44/144)/(1 − 44/144) = 0.520.
 * Krippendorff's alpha: 12 values, 4 disagreeing ordered pairs, D_o = 4/12, D_e = (144 − 44)/132,
 * alpha = 1 − 0.44 = 0.560. Per position, P1: D_o = 2/6, D_e = (36 − 26)/30, alpha 0.000; P2:
 * D_o = 2/6, D_e = (36 − 18)/30, alpha 0.444.
 */
@IntegrationTest
@Import({CodedThread.class, QuotingThreadProject.class})
class AgreementServiceTest {

    private static final double THREE_DECIMALS = 0.0005;

    @Autowired
    AgreementService sut;

    @Autowired
    CodedThread thread;

    @Autowired
    ScopeChoicesService choices;

    CodedThread.Fixture fixture;

    @BeforeEach
    void codeTheThread() {
        fixture = thread.create();
    }

    private void codeTheHandWorkedTable() {
        long p1 = fixture.liaison();
        long p2 = fixture.waiting();
        thread.code(fixture, "alice", 0, "We should ask the Brazilian government", p1, SUPPORTS);
        thread.code(fixture, "bob", 0, "We should ask the Brazilian government", p1, SUPPORTS);
        thread.code(fixture, "bob", 0, "Nobody else can speak for us at the summit", p2, OPPOSES);
        thread.code(fixture, "alice", 1, "Agreed, and we should ask this week", p1, SUPPORTS);
        thread.code(fixture, "bob", 1, "Agreed, and we should ask this week", p1, NEUTRAL);
        thread.code(fixture, "alice", 2, "I agree with the channel", p1, SUPPORTS);
        thread.code(fixture, "bob", 2, "I agree with the channel", p1, SUPPORTS);
        thread.code(fixture, "alice", 2, "not with the deadline", p2, OPPOSES);
        thread.code(fixture, "bob", 2, "not with the deadline", p2, OPPOSES);
    }

    @Test
    void a_report_nobody_waits_for_any_more_is_given_up_between_its_measures() {
        codeTheHandWorkedTable();
        AgreementRequest request = AgreementRequest.everyMessage(List.of("alice", "bob"));
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> sut.report(fixture.project(), request, () -> asked.incrementAndGet() <= 3))
                .as("a report wanted for its first three steps only")
                .isInstanceOf(CancellationException.class);
        assertThat(asked).as("steps asked about").hasValue(4);
        assertThat(sut.report(fixture.project(), request, () -> true)
                        .overall()
                        .percent()
                        .value())
                .as("the same report while wanted")
                .isCloseTo(4 / 6.0, within(THREE_DECIMALS));
    }

    @Test
    void the_hand_worked_project_gives_the_hand_worked_figures() {
        codeTheHandWorkedTable();

        AgreementReport report = sut.report(
                fixture.project(), AgreementRequest.everyMessage(List.of("alice", "bob")), WorkWanted.ALWAYS);

        assertThat(report.messages()).as("messages").isEqualTo(3);
        assertThat(report.units()).as("units: messages × positions").isEqualTo(6);
        assertThat(report.overall().percent().value()).as("percent").isCloseTo(4 / 6.0, within(THREE_DECIMALS));
        assertThat(report.overall().fleissKappa().value()).as("Fleiss' kappa").isCloseTo(0.520, within(THREE_DECIMALS));
        assertThat(report.overall().krippendorffAlpha().value())
                .as("Krippendorff's alpha")
                .isCloseTo(0.560, within(THREE_DECIMALS));
        assertThat(report.pairs()).as("one pair").singleElement().satisfies(pair -> {
            assertThat(pair.first() + "–" + pair.second()).isEqualTo("alice–bob");
            assertThat(pair.cohensKappa().value()).as("Cohen's kappa").isCloseTo(0.538, within(THREE_DECIMALS));
        });
        assertThat(report.positions())
                .as("positions in codebook order")
                .extracting(PositionAgreement::position)
                .containsExactly("Direct liaison", "Wait for the summit");
        assertThat(report.positions().get(0).krippendorffAlpha().value())
                .as("alpha of P1")
                .isCloseTo(0.000, within(THREE_DECIMALS));
        assertThat(report.positions().get(1).krippendorffAlpha().value())
                .as("alpha of P2")
                .isCloseTo(0.444, within(THREE_DECIMALS));
    }

    @Test
    void the_same_spans_agree_fully_on_boundaries_and_the_same_phrase_in_another_message_does_not() {
        String channel = "We should ask the Brazilian government";
        thread.code(fixture, "alice", 0, channel, fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 0, channel, fixture.liaison(), OPPOSES);

        AgreementReport same = sut.report(
                fixture.project(), AgreementRequest.everyMessage(List.of("alice", "bob")), WorkWanted.ALWAYS);

        // Jeremy quotes the sentence in message 2: the same words, another place.
        thread.code(fixture, "carol", 2, channel, fixture.liaison(), SUPPORTS);
        AgreementReport elsewhere = sut.report(
                fixture.project(), AgreementRequest.everyMessage(List.of("alice", "carol")), WorkWanted.ALWAYS);

        assertThat(same.overall().unitizingAlpha().value())
                .as("identical spans, whatever their qualifiers")
                .isCloseTo(1.0, within(THREE_DECIMALS));
        assertThat(same.overall().percent().value())
                .as("while the qualifiers differ")
                .isZero();
        assertThat(elsewhere.overall().unitizingAlpha().value())
                .as("the same words coded in different messages")
                .isLessThan(0.0);
    }

    @Test
    void three_coders_give_three_pairs_and_one_fleiss_kappa() {
        codeTheHandWorkedTable();
        thread.code(fixture, "carol", 0, "We should ask the Brazilian government", fixture.liaison(), SUPPORTS);
        thread.code(fixture, "carol", 2, "not with the deadline", fixture.waiting(), OPPOSES);

        AgreementReport report = sut.report(
                fixture.project(), AgreementRequest.everyMessage(List.of("alice", "bob", "carol")), WorkWanted.ALWAYS);

        assertThat(report.pairs())
                .as("pairs")
                .extracting(pair -> pair.first() + "–" + pair.second())
                .containsExactly("alice–bob", "alice–carol", "bob–carol");
        assertThat(report.pairs().getFirst().cohensKappa().value())
                .as("alice and bob are measured over the same units as before")
                .isCloseTo(0.538, within(THREE_DECIMALS));
        assertThat(report.overall().fleissKappa().defined()).as("Fleiss' kappa").isTrue();
    }

    @Test
    void a_thread_filter_leaves_out_messages_of_other_threads_and_a_coder_outside_the_choice() {
        codeTheHandWorkedTable();
        thread.code(fixture, "carol", 1, "Agreed, and we should ask this week", fixture.waiting(), NEUTRAL);
        long threadId = choices.threads(fixture.project(), "", Pageable.ofSize(1))
                .getFirst()
                .id();

        AgreementReport inThread = sut.report(
                fixture.project(),
                new AgreementRequest(List.of("alice", "bob"), null, null, Set.of(), Set.of(threadId)),
                WorkWanted.ALWAYS);
        AgreementReport otherThread = sut.report(
                fixture.project(),
                new AgreementRequest(List.of("alice", "bob"), null, null, Set.of(), Set.of(-1L)),
                WorkWanted.ALWAYS);

        assertThat(inThread.units()).as("carol's coding makes no unit").isEqualTo(6);
        assertThat(otherThread.messages())
                .as("messages of a thread that does not exist")
                .isZero();
        assertThat(otherThread.overall().krippendorffAlpha().undefinedBecause())
                .as("why there is no alpha")
                .isEqualTo("there are no units");
    }

    @Test
    void one_coder_is_refused_with_a_message_naming_the_choice() {
        assertThatThrownBy(() -> AgreementRequest.everyMessage(List.of("alice")))
                .as("a single coder")
                .hasMessageContaining("two or more different coders")
                .hasMessageContaining("[alice]");
    }
}
