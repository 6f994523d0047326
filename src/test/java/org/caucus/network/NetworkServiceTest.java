package org.caucus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.SeedProject;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.StakeholderGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The networks of the debate in {@link DebateNetworkProject}, worked out by hand from its table of stances. */
@IntegrationTest
@Import({SeedProject.class, DebateNetworkProject.class, QuotingThreadProject.class})
class NetworkServiceTest {

    private static final ComparisonScope EVERYTHING = ComparisonScope.everything();

    @Autowired
    NetworkService sut;

    @Autowired
    DebateNetworkProject debate;

    @Autowired
    QuotingThreadProject quotingThread;

    @Autowired
    CodingService coding;

    @Autowired
    JdbcTemplate jdbc;

    DebateNetworkProject.Fixture fixture;

    @BeforeEach
    void codeTheDebate() {
        fixture = debate.create();
    }

    @Test
    void congruence_ties_participants_by_the_stances_they_share() {
        Network network = participants(NetworkKind.CONGRUENCE, TieWeight.POSITIONS, EVERYTHING);

        assertThat(network.nodes())
                .as("every participant with a stance, in name order")
                .extracting(NetworkNode::name)
                .containsExactly("Jeremy Malcolm", "Joana Varon", "Michael Gurstein", "parminder");
        // parminder and Jeremy both support A and B and both oppose C; Joana shares A+ with each;
        // Gurstein shares D+ with Jeremy only.
        assertThat(weights(network))
                .as("congruence ties, by shared stances")
                .containsOnly(
                        entry("Jeremy Malcolm – Joana Varon", 1.0),
                        entry("Jeremy Malcolm – Michael Gurstein", 1.0),
                        entry("Jeremy Malcolm – parminder", 3.0),
                        entry("Joana Varon – parminder", 1.0));
    }

    @Test
    void jaccard_divides_shared_stances_by_the_stances_either_took() {
        Network network = participants(NetworkKind.CONGRUENCE, TieWeight.JACCARD, EVERYTHING);

        Map<String, Double> weights = weights(network);
        // Jeremy {A+ B+ C− D+} and parminder {A+ B+ C−}: 3 shared of 4.
        assertThat(weights.get("Jeremy Malcolm – parminder"))
                .as("Jeremy and parminder")
                .isEqualTo(0.75);
        // Joana {A+ B− C+} and parminder: 1 shared of {A+ B+ C− B− C+}.
        assertThat(weights.get("Joana Varon – parminder"))
                .as("Joana and parminder")
                .isEqualTo(0.2);
        // Jeremy and Joana: 1 shared of {A+ B+ C− D+ B− C+}; Joana's neutral D takes no stance.
        assertThat(weights.get("Jeremy Malcolm – Joana Varon"))
                .as("Jeremy and Joana")
                .isCloseTo(1 / 6.0, within(1e-12));
        // Jeremy and Gurstein {A− D+}: 1 shared of {A+ B+ C− D+ A−}.
        assertThat(weights.get("Jeremy Malcolm – Michael Gurstein"))
                .as("Jeremy and Gurstein")
                .isEqualTo(0.2);
        assertThat(network.tie(0).count())
                .as("the count behind the first tie stays whole")
                .isEqualTo(1);
    }

    @Test
    void conflict_ties_participants_by_the_positions_one_supports_and_the_other_opposes() {
        Map<String, Double> counts = weights(participants(NetworkKind.CONFLICT, TieWeight.POSITIONS, EVERYTHING));
        Map<String, Double> jaccard = weights(participants(NetworkKind.CONFLICT, TieWeight.JACCARD, EVERYTHING));

        assertThat(counts)
                .as("conflict ties, by disputed positions")
                .containsOnly(
                        entry("Jeremy Malcolm – Joana Varon", 2.0), // B and C
                        entry("Jeremy Malcolm – Michael Gurstein", 1.0), // A
                        entry("Joana Varon – Michael Gurstein", 1.0), // A
                        entry("Joana Varon – parminder", 2.0), // B and C
                        entry("Michael Gurstein – parminder", 1.0)); // A
        assertThat(jaccard)
                .as("conflict ties as a share of the positions either took")
                .containsOnly(
                        entry("Jeremy Malcolm – Joana Varon", 0.5), // 2 of A B C D
                        entry("Jeremy Malcolm – Michael Gurstein", 0.25), // 1 of A B C D
                        entry("Joana Varon – Michael Gurstein", 0.25), // 1 of A B C D
                        entry("Joana Varon – parminder", 2 / 3.0), // 2 of A B C
                        entry("Michael Gurstein – parminder", 0.25)); // 1 of A B C D
    }

    @Test
    void affiliation_ties_each_participant_to_the_positions_they_coded_with_passages_by_qualifier() {
        Network network = participants(NetworkKind.AFFILIATION, TieWeight.POSITIONS, EVERYTHING);

        assertThat(network.nodes())
                .as("participants, then the positions in codebook order")
                .extracting(NetworkNode::name)
                .containsExactly(
                        "Jeremy Malcolm",
                        "Joana Varon",
                        "Michael Gurstein",
                        "parminder",
                        "Governments take part",
                        "Direct liaison",
                        "1net as the interface",
                        "A peak structure");
        assertThat(passages(network))
                .as("affiliation ties: supports / opposes / neutral passages")
                .containsOnly(
                        entry("Jeremy Malcolm – Governments take part", "1/0/0"),
                        entry("Jeremy Malcolm – Direct liaison", "1/0/0"),
                        entry("Jeremy Malcolm – 1net as the interface", "0/1/0"),
                        entry("Jeremy Malcolm – A peak structure", "2/0/0"),
                        entry("Joana Varon – Governments take part", "1/0/0"),
                        entry("Joana Varon – Direct liaison", "0/1/0"),
                        entry("Joana Varon – 1net as the interface", "1/0/0"),
                        entry("Joana Varon – A peak structure", "0/0/1"),
                        entry("Michael Gurstein – Governments take part", "0/1/0"),
                        entry("Michael Gurstein – A peak structure", "1/0/0"),
                        entry("parminder – Governments take part", "1/0/0"),
                        entry("parminder – Direct liaison", "1/0/0"),
                        entry("parminder – 1net as the interface", "0/1/0"));
        assertThat(weights(network).get("Jeremy Malcolm – A peak structure"))
                .as("an affiliation tie weighs its passages")
                .isEqualTo(2.0);
    }

    @Test
    void organisations_take_the_stances_of_their_members_together_and_people_without_one_are_left_out() {
        Network congruence = organisations(NetworkKind.CONGRUENCE, TieWeight.POSITIONS);
        Network jaccard = organisations(NetworkKind.CONGRUENCE, TieWeight.JACCARD);
        Network conflict = organisations(NetworkKind.CONFLICT, TieWeight.POSITIONS);
        Network conflictShare = organisations(NetworkKind.CONFLICT, TieWeight.JACCARD);
        Network affiliation = organisations(NetworkKind.AFFILIATION, TieWeight.POSITIONS);

        assertThat(congruence.nodes())
                .as("organisations, with the group most members share (one each: the first group wins)")
                .extracting(NetworkNode::name, NetworkNode::stakeholderGroup)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Consumers International", StakeholderGroup.CIVIL_SOCIETY),
                        org.assertj.core.groups.Tuple.tuple("IT for Change", StakeholderGroup.CIVIL_SOCIETY));
        // IT for Change = parminder + Joana {A+ B+ B− C+ C−}; Consumers International = Jeremy {A+ B+ C− D+}.
        assertThat(weights(congruence))
                .as("shared: A+ B+ C−")
                .containsOnly(entry("Consumers International – IT for Change", 3.0));
        assertThat(weights(jaccard))
                .as("3 shared of {A+ B+ B− C+ C− D+}")
                .containsOnly(entry("Consumers International – IT for Change", 0.5));
        assertThat(weights(conflict))
                .as("disputed: B (Joana opposes) and C (Joana supports)")
                .containsOnly(entry("Consumers International – IT for Change", 2.0));
        assertThat(weights(conflictShare))
                .as("2 of the positions A B C D")
                .containsOnly(entry("Consumers International – IT for Change", 0.5));
        assertThat(passages(affiliation))
                .as("organisation affiliation: members' passages added up")
                .containsOnly(
                        entry("Consumers International – Governments take part", "1/0/0"),
                        entry("Consumers International – Direct liaison", "1/0/0"),
                        entry("Consumers International – 1net as the interface", "0/1/0"),
                        entry("Consumers International – A peak structure", "2/0/0"),
                        entry("IT for Change – Governments take part", "2/0/0"),
                        entry("IT for Change – Direct liaison", "1/1/0"),
                        entry("IT for Change – 1net as the interface", "1/1/0"),
                        entry("IT for Change – A peak structure", "0/0/1"));
    }

    @Test
    void the_qualifier_filter_keeps_only_the_stances_asked_for() {
        ComparisonScope supportsOnly = scope(null, null, Set.of(), Set.of(), Set.of(StanceQualifier.SUPPORTS));

        assertThat(weights(participants(NetworkKind.CONGRUENCE, TieWeight.POSITIONS, supportsOnly)))
                .as("congruence over supports only")
                .containsOnly(
                        entry("Jeremy Malcolm – Joana Varon", 1.0),
                        entry("Jeremy Malcolm – Michael Gurstein", 1.0),
                        entry("Jeremy Malcolm – parminder", 2.0),
                        entry("Joana Varon – parminder", 1.0));
        assertThat(participants(NetworkKind.CONFLICT, TieWeight.POSITIONS, supportsOnly)
                        .tieCount())
                .as("no conflict among supporters")
                .isZero();
    }

    @Test
    void the_coder_filter_leaves_out_another_coders_passages() {
        coding.codeAs(
                "second coder",
                new CodingRequest(
                        fixture.seed().messageId(),
                        fixture.seed().range(DebateNetworkProject.GURSTEIN),
                        fixture.c(),
                        StanceQualifier.SUPPORTS,
                        null));

        Map<String, Double> all = weights(participants(NetworkKind.CONFLICT, TieWeight.POSITIONS, EVERYTHING));
        Map<String, Double> tester = weights(participants(
                NetworkKind.CONFLICT, TieWeight.POSITIONS, scope(null, null, Set.of(), Set.of("tester"), Set.of())));

        assertThat(all.get("Jeremy Malcolm – Michael Gurstein"))
                .as("with the second coder: A and C")
                .isEqualTo(2.0);
        assertThat(tester.get("Jeremy Malcolm – Michael Gurstein"))
                .as("the tester's passages only: A")
                .isEqualTo(1.0);
    }

    @Test
    void date_and_list_filters_take_the_message_sent_on_13_november_2013_on_the_bestbits_list() {
        String list = jdbc.queryForObject(
                "select list_name from message where id = ?",
                String.class,
                fixture.seed().messageId());
        LocalDate sent = LocalDate.of(2013, 11, 13);

        assertThat(participants(
                                NetworkKind.CONGRUENCE,
                                TieWeight.POSITIONS,
                                scope(sent, sent, Set.of(list), Set.of(), Set.of()))
                        .tieCount())
                .as("the day it was sent, on its list")
                .isEqualTo(4);
        assertThat(participants(
                                NetworkKind.CONGRUENCE,
                                TieWeight.POSITIONS,
                                scope(sent.plusDays(1), null, Set.of(), Set.of(), Set.of()))
                        .nodes())
                .as("from the next day on")
                .isEmpty();
        assertThat(participants(
                                NetworkKind.AFFILIATION,
                                TieWeight.POSITIONS,
                                scope(null, null, Set.of("another-list"), Set.of(), Set.of()))
                        .nodes())
                .as("another list")
                .isEmpty();
    }

    @Test
    void affiliation_counts_a_quoted_statement_once_unless_every_occurrence_is_asked_for() {
        QuotingThreadProject.Fixture thread = quotingThread.create();
        quotingThread.codeFirst(thread, 0, "direct channel to civil");
        quotingThread.codeFirst(thread, 2, "direct channel to civil");
        NetworkRequest statements =
                new NetworkRequest(NetworkKind.AFFILIATION, NetworkLevel.PARTICIPANTS, TieWeight.POSITIONS, EVERYTHING);
        NetworkRequest occurrences = new NetworkRequest(
                NetworkKind.AFFILIATION,
                NetworkLevel.PARTICIPANTS,
                TieWeight.POSITIONS,
                EVERYTHING.counting(Counting.OCCURRENCES));

        assertThat(weights(sut.network(thread.project(), statements)))
                .as("one statement")
                .containsOnly(entry("Anriette Esterhuysen – Direct liaison", 1.0));
        assertThat(weights(sut.network(thread.project(), occurrences)))
                .as("two occurrences")
                .containsOnly(entry("Anriette Esterhuysen – Direct liaison", 2.0));
    }

    @Test
    void a_node_lists_the_passages_behind_it() {
        Network network = participants(NetworkKind.AFFILIATION, TieWeight.POSITIONS, EVERYTHING);
        NetworkNode jeremy = node(network, fixture.node(fixture.jeremy()));
        NetworkNode peakStructure = node(network, fixture.position(fixture.d()));
        NetworkNode consumersInternational = organisations(NetworkKind.CONGRUENCE, TieWeight.POSITIONS)
                .nodes()
                .getFirst();

        assertThat(sut.passages(fixture.project(), NetworkLevel.PARTICIPANTS, EVERYTHING, jeremy, 50))
                .as("Jeremy's passages")
                .hasSize(5)
                .allSatisfy(passage -> assertThat(passage.speaker()).isEqualTo("Jeremy Malcolm"))
                .extracting(NodePassage::messageId)
                .containsOnly(fixture.seed().messageId());
        assertThat(sut.passages(fixture.project(), NetworkLevel.PARTICIPANTS, EVERYTHING, peakStructure, 50))
                .as("passages on the peak structure")
                .extracting(NodePassage::speaker, NodePassage::qualifier)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Jeremy Malcolm", StanceQualifier.SUPPORTS),
                        org.assertj.core.groups.Tuple.tuple("Jeremy Malcolm", StanceQualifier.SUPPORTS),
                        org.assertj.core.groups.Tuple.tuple("Joana Varon", StanceQualifier.NEUTRAL),
                        org.assertj.core.groups.Tuple.tuple("Michael Gurstein", StanceQualifier.SUPPORTS));
        assertThat(sut.passages(fixture.project(), NetworkLevel.ORGANISATIONS, EVERYTHING, consumersInternational, 3))
                .as("Consumers International's first three passages")
                .hasSize(3)
                .extracting(NodePassage::speaker)
                .containsOnly("Jeremy Malcolm");
    }

    private Network participants(NetworkKind kind, TieWeight weight, ComparisonScope scope) {
        return sut.network(fixture.project(), new NetworkRequest(kind, NetworkLevel.PARTICIPANTS, weight, scope));
    }

    private Network organisations(NetworkKind kind, TieWeight weight) {
        return sut.network(fixture.project(), new NetworkRequest(kind, NetworkLevel.ORGANISATIONS, weight, EVERYTHING));
    }

    private static ComparisonScope scope(
            LocalDate from, LocalDate to, Set<String> lists, Set<String> coders, Set<StanceQualifier> qualifiers) {
        return new ComparisonScope(from, to, lists, Set.of(), coders, qualifiers, Counting.STATEMENTS);
    }

    static NetworkNode node(Network network, String id) {
        return network.nodes().stream()
                .filter(node -> node.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Each tie as "source – target" (in node order) to its weight. */
    static Map<String, Double> weights(Network network) {
        Map<String, Double> weights = new LinkedHashMap<>();
        network.ties().forEach(tie -> weights.put(label(tie), tie.weight()));
        return weights;
    }

    private static Map<String, String> passages(Network network) {
        Map<String, String> passages = new LinkedHashMap<>();
        network.ties()
                .forEach(tie -> passages.put(
                        label(tie),
                        tie.passages().supports() + "/" + tie.passages().opposes() + "/"
                                + tie.passages().neutral()));
        return passages;
    }

    private static String label(Tie tie) {
        return tie.source().name() + " – " + tie.target().name();
    }
}
