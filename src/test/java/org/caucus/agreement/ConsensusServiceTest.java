package org.caucus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caucus.coding.StanceQualifier.NEUTRAL;
import static org.caucus.coding.StanceQualifier.OPPOSES;
import static org.caucus.coding.StanceQualifier.SUPPORTS;

import java.util.List;
import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.account.CoderNames;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageChange;
import org.caucus.coding.PassageHistory;
import org.caucus.coding.PassageRange;
import org.caucus.shared.WorkWanted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The owner (the test's coder, "tester") settles alice's and bob's differences into the consensus coder. */
@IntegrationTest
@Import({CodedThread.class, QuotingThreadProject.class})
class ConsensusServiceTest {

    private static final String CHANNEL = "We should ask the Brazilian government";

    @Autowired
    ConsensusService sut;

    @Autowired
    DisagreementService disagreements;

    @Autowired
    CodingService coding;

    @Autowired
    PassageHistory history;

    @Autowired
    CodedThread thread;

    CodedThread.Fixture fixture;
    long messageId;

    @BeforeEach
    void codeOneDifference() {
        fixture = thread.create();
        messageId = fixture.thread().messages().getFirst().id();
        thread.code(fixture, "alice", 0, CHANNEL, fixture.liaison(), SUPPORTS);
        thread.code(fixture, "bob", 0, CHANNEL, fixture.liaison(), NEUTRAL);
    }

    private Disagreement theDifference() {
        return disagreements
                .disagreements(
                        fixture.project(), AgreementRequest.everyMessage(List.of("alice", "bob")), WorkWanted.ALWAYS)
                .getFirst();
    }

    private List<Highlight> consensus() {
        return coding.highlights(messageId).stream()
                .filter(h -> h.coder().equals(CoderNames.CONSENSUS))
                .toList();
    }

    @Test
    void accepting_a_coders_version_copies_it_into_the_consensus_coder_and_settles_the_difference() {
        sut.accept(theDifference(), "alice");

        assertThat(consensus()).as("the consensus passages").singleElement().satisfies(passage -> {
            assertThat(passage.qualifier()).as("qualifier").isEqualTo(SUPPORTS);
            assertThat(passage.positionId()).as("position").isEqualTo(fixture.liaison());
            assertThat(passage.memo()).as("memo").isEqualTo("Accepted from alice");
        });
        Disagreement after = theDifference();
        assertThat(after.resolved()).as("the difference is settled").isTrue();
        assertThat(after.differences()).as("the coders still differ").containsExactly("qualifier");
        assertThat(history.inMessage(messageId))
                .as("the history of the message, latest first")
                .first()
                .satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(PassageChange.Kind.CREATED);
                    assertThat(change.by()).as("who accepted it").isEqualTo("tester");
                });
    }

    @Test
    void accepting_another_version_later_changes_the_consensus_passage_instead_of_adding_one() {
        sut.accept(theDifference(), "alice");
        sut.accept(theDifference(), "bob");

        assertThat(consensus())
                .as("the consensus passages")
                .singleElement()
                .satisfies(passage -> assertThat(passage.qualifier()).isEqualTo(NEUTRAL));
        assertThat(history.inMessage(messageId).getFirst().kind())
                .as("the latest step in the history")
                .isEqualTo(PassageChange.Kind.CHANGED);
    }

    @Test
    void a_curated_version_has_the_owners_span_position_and_qualifier() {
        String body = thread.body(fixture, 0);
        String curated = "the Brazilian government";
        int start = body.indexOf(curated);

        sut.curate(
                theDifference(),
                new PassageRange(start, start + curated.length(), curated),
                fixture.waiting(),
                OPPOSES,
                "Neither coder saw the waiting");

        assertThat(consensus()).as("the consensus passages").singleElement().satisfies(passage -> {
            assertThat(passage.start()).as("start").isEqualTo(start);
            assertThat(passage.end()).as("end").isEqualTo(start + curated.length());
            assertThat(passage.positionId()).as("position").isEqualTo(fixture.waiting());
            assertThat(passage.qualifier()).as("qualifier").isEqualTo(OPPOSES);
            assertThat(passage.memo()).as("memo").isEqualTo("Neither coder saw the waiting");
        });
        assertThat(theDifference().consensus())
                .as("the settled stretch shows the curated version")
                .extracting(CoderPassage::coder)
                .containsExactly(CoderNames.CONSENSUS);
    }
}
