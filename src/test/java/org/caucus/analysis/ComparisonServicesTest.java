package org.caucus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caucus.IntegrationTest;
import org.caucus.coding.StanceQualifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Every number here is worked out by hand from the table in {@link ComparisonCorpus}. */
@IntegrationTest
@Import(ComparisonCorpus.class)
class ComparisonServicesTest {

    private static final ComparisonScope ALL = ComparisonScope.everything();

    @Autowired
    ComparisonCorpus corpus;

    @Autowired
    PositionMatrixService matrices;

    @Autowired
    CellPassagesService cells;

    @Autowired
    IssueStandingService issues;

    @Autowired
    TimelineService timelines;

    @Autowired
    StanceChangeService changes;

    @Autowired
    CoOccurrenceService coOccurrence;

    ComparisonCorpus.Fixture f;

    @BeforeEach
    void buildCorpus() {
        f = corpus.create();
    }

    @Test
    void statements_count_a1_and_its_two_quotes_once_and_mark_annas_contradiction_on_direct_liaison() {
        PositionMatrix sut = matrices.matrix(f.project(), ALL, Rollup.PARTICIPANT);

        assertThat(sut.rows())
                .as("rows by name, the unknown speaker last")
                .extracting(PositionMatrix.Row::label)
                .containsExactly("Anna", "Bruno", "Carla", "(unknown speaker)");
        PositionMatrix.Row anna = sut.rows().getFirst();
        assertThat(anna.key()).as("Anna's key").isEqualTo(String.valueOf(f.anna()));
        assertThat(anna.count(f.l1())).as("Anna on L1: K1 once, K4").isEqualTo(new StanceCount(1, 1, 0));
        assertThat(anna.count(f.l1()).contradicts())
                .as("Anna contradicts herself on L1")
                .isTrue();
        assertThat(anna.count(f.l2())).as("Anna on L2").isEqualTo(new StanceCount(0, 1, 0));
        assertThat(anna.count(f.l2()).contradicts())
                .as("no contradiction on L2")
                .isFalse();
        assertThat(anna.total()).as("Anna's row total").isEqualTo(new StanceCount(1, 2, 0));
        assertThat(sut.rows().get(2).count(f.g1())).as("Carla on G1: K5, K6").isEqualTo(new StanceCount(2, 0, 0));
        assertThat(sut.rows().get(3).count(f.l2())).as("unknown on L2").isEqualTo(new StanceCount(0, 0, 1));
        assertThat(sut.columnTotal(f.l1())).as("L1 column").isEqualTo(new StanceCount(2, 1, 0));
        assertThat(sut.columnTotal(f.l2())).as("L2 column").isEqualTo(new StanceCount(0, 1, 1));
        assertThat(sut.columnTotal(f.g1())).as("G1 column").isEqualTo(new StanceCount(2, 0, 0));
        assertThat(sut.grandTotal()).as("grand total").isEqualTo(new StanceCount(4, 2, 1));
        assertThat(sut.contradictions()).as("contradicting cells").isEqualTo(1);
        assertThat(sut.positions())
                .as("columns in codebook order")
                .extracting(p -> p.name())
                .containsExactly("Direct liaison", "1net as interface", "Governments take part");
    }

    @Test
    void every_occurrence_counts_each_quote_and_messages_count_each_message_once() {
        PositionMatrix occurrences =
                matrices.matrix(f.project(), ALL.counting(Counting.OCCURRENCES), Rollup.PARTICIPANT);
        PositionMatrix messages = matrices.matrix(f.project(), ALL.counting(Counting.MESSAGES), Rollup.PARTICIPANT);

        assertThat(occurrences.rows().getFirst().count(f.l1()))
                .as("Anna on L1, a1 a3 a9 and a5")
                .isEqualTo(new StanceCount(3, 1, 0));
        assertThat(occurrences.rows().get(2).count(f.g1()))
                .as("Carla on G1, a6 a7")
                .isEqualTo(new StanceCount(2, 0, 0));
        assertThat(occurrences.total()).as("all nine passages").isEqualTo(9);
        assertThat(messages.rows().getFirst().count(f.l1()))
                .as("Anna on L1: M1 M2 M4 supporting, M3 opposing")
                .isEqualTo(new StanceCount(3, 1, 0));
        assertThat(messages.rows().get(2).count(f.g1()))
                .as("Carla on G1: M3 once")
                .isEqualTo(new StanceCount(1, 0, 0));
        assertThat(messages.total()).as("message total, summed over cells").isEqualTo(8);
        assertThat(messages.counting()).as("mode carried").isEqualTo(Counting.MESSAGES);
    }

    @Test
    void rows_roll_up_to_organisations_stakeholder_groups_and_countries() {
        PositionMatrix organisations = matrices.matrix(f.project(), ALL, Rollup.ORGANISATION);
        PositionMatrix groups = matrices.matrix(f.project(), ALL, Rollup.STAKEHOLDER_GROUP);
        PositionMatrix countries = matrices.matrix(f.project(), ALL, Rollup.COUNTRY);

        assertThat(organisations.rows())
                .as("organisations")
                .extracting(PositionMatrix.Row::label)
                .containsExactly("CivNet", "TelcoCo", "(no organisation)");
        PositionMatrix.Row civNet = organisations.rows().getFirst();
        assertThat(civNet.count(f.l1()))
                .as("CivNet on L1: K1 K3 for, K4 against")
                .isEqualTo(new StanceCount(2, 1, 0));
        assertThat(civNet.count(f.l2())).as("CivNet on L2").isEqualTo(new StanceCount(0, 1, 0));
        assertThat(organisations.rows().get(2).count(f.l2()))
                .as("the unknown speaker has no organisation")
                .isEqualTo(new StanceCount(0, 0, 1));
        assertThat(organisations.grandTotal())
                .as("same total as by participant")
                .isEqualTo(new StanceCount(4, 2, 1));
        assertThat(groups.rows())
                .as("stakeholder groups, by their label")
                .extracting(PositionMatrix.Row::label, PositionMatrix.Row::key)
                .containsExactly(
                        tuple("Business", "BUSINESS"),
                        tuple("Civil society", "CIVIL_SOCIETY"),
                        tuple("(no stakeholder group)", null));
        assertThat(groups.rows().get(1).count(f.l1())).as("civil society on L1").isEqualTo(new StanceCount(2, 1, 0));
        assertThat(countries.rows())
                .as("countries")
                .extracting(PositionMatrix.Row::label)
                .containsExactly("Brazil", "India", "(no country)");
    }

    @Test
    void filters_narrow_the_passages_by_date_list_thread_coder_and_qualifier() {
        assertThat(total(new ComparisonScope(
                        LocalDate.of(2013, 11, 10),
                        LocalDate.of(2013, 11, 30),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Counting.STATEMENTS)))
                .as("10-30 November: M3 only, a5 a6 a7")
                .isEqualTo(3);
        assertThat(total(new ComparisonScope(
                        null, LocalDate.of(2013, 11, 4), Set.of(), Set.of(), Set.of(), Set.of(), Counting.STATEMENTS)))
                .as("up to and including 4 November: M1, a1 a2")
                .isEqualTo(2);
        assertThat(total(scope(Set.of("bestbits"), Set.of(), Set.of(), Set.of())))
                .as("bestbits: K1 K2 K3")
                .isEqualTo(3);
        assertThat(total(scope(Set.of(), Set.of(f.m3()), Set.of(), Set.of())))
                .as("thread M3: K4, K1 in a9, K5, K6, K7")
                .isEqualTo(5);
        assertThat(total(scope(Set.of(), Set.of(), Set.of("ben"), Set.of())))
                .as("coder ben: a4 a6 a8")
                .isEqualTo(3);
        PositionMatrix opposing = matrices.matrix(
                f.project(), scope(Set.of(), Set.of(), Set.of(), Set.of(StanceQualifier.OPPOSES)), Rollup.PARTICIPANT);
        assertThat(opposing.rows())
                .as("only Anna opposes")
                .extracting(PositionMatrix.Row::label)
                .containsExactly("Anna");
        assertThat(opposing.grandTotal()).as("a2 a5").isEqualTo(new StanceCount(0, 2, 0));
    }

    @Test
    void a_date_range_that_ends_before_it_starts_is_refused_with_both_dates() {
        assertThatThrownBy(() -> new ComparisonScope(
                        LocalDate.of(2013, 12, 1),
                        LocalDate.of(2013, 11, 1),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Counting.STATEMENTS))
                .as("backwards range")
                .hasMessageContaining("2013-11-01")
                .hasMessageContaining("2013-12-01");
    }

    @Test
    void a_cell_lists_the_passages_behind_its_number() {
        String anna = String.valueOf(f.anna());

        List<PassageLink> statements = cells.passages(f.project(), ALL, Rollup.PARTICIPANT, anna, f.l1(), null);
        List<PassageLink> occurrences =
                cells.passages(f.project(), ALL.counting(Counting.OCCURRENCES), Rollup.PARTICIPANT, anna, f.l1(), null);
        List<PassageLink> opposing =
                cells.passages(f.project(), ALL, Rollup.PARTICIPANT, anna, f.l1(), StanceQualifier.OPPOSES);
        List<PassageLink> civNet = cells.passages(f.project(), ALL, Rollup.ORGANISATION, "CivNet", f.l1(), null);
        List<PassageLink> unknown = cells.passages(f.project(), ALL, Rollup.PARTICIPANT, null, f.l2(), null);

        assertThat(statements)
                .as("Anna on L1 by statement: a1 (quoted twice more), a5")
                .extracting(PassageLink::annotationId, PassageLink::occurrences)
                .containsExactly(tuple(f.a(1), 3), tuple(f.a(5), 1));
        PassageLink first = statements.getFirst();
        assertThat(first.speaker()).as("speaker").isEqualTo("Anna");
        assertThat(first.messageId()).as("message").isEqualTo(f.m1());
        assertThat(first.sentAt().toLocalDate()).as("date").isEqualTo(LocalDate.of(2013, 11, 4));
        assertThat(first.passage()).as("text").isEqualTo("0123456789");
        assertThat(first.readerPath()).as("link to the reader").isEqualTo("messages/" + f.m1() + "?passage=" + f.a(1));
        assertThat(occurrences)
                .as("every occurrence, in date order")
                .extracting(PassageLink::annotationId)
                .containsExactly(f.a(1), f.a(3), f.a(5), f.a(9));
        assertThat(opposing)
                .as("opposing only")
                .extracting(PassageLink::annotationId)
                .containsExactly(f.a(5));
        assertThat(civNet)
                .as("CivNet on L1")
                .extracting(PassageLink::annotationId)
                .containsExactly(f.a(1), f.a(4), f.a(5));
        assertThat(unknown)
                .as("unknown speaker on L2")
                .extracting(PassageLink::annotationId)
                .containsExactly(f.a(8));
    }

    @Test
    void the_issue_view_reads_each_standing_as_a_sentence_and_lists_who_took_no_stand() {
        IssueStandings sut = issues.standings(f.project(), ALL, Rollup.PARTICIPANT, "Liaison");
        IssueStandings byOrganisation = issues.standings(f.project(), ALL, Rollup.ORGANISATION, "Governments");

        assertThat(sut.standings())
                .as("standings on Liaison")
                .extracting(IssueStandings.Standing::sentence)
                .containsExactly(
                        "Anna: supports Direct liaison (1), opposes Direct liaison (1), opposes 1net as interface (1)",
                        "Bruno: supports Direct liaison (1)",
                        "(unknown speaker): reports 1net as interface (1)");
        assertThat(sut.noStand()).as("no stand on Liaison").containsExactly("Carla", "Dev");
        assertThat(byOrganisation.standings())
                .as("organisations on Governments")
                .extracting(IssueStandings.Standing::sentence)
                .containsExactly("TelcoCo: supports Governments take part (2)");
        assertThat(byOrganisation.noStand())
                .as("organisations without a stand")
                .containsExactly("(no organisation)", "CivNet");
    }

    @Test
    void a_weekly_timeline_counts_each_week_and_keeps_the_empty_ones() {
        Timeline sut = timelines.timeline(f.project(), ALL, TimelineSubject.everyone(null), Period.WEEK);

        assertThat(sut.periods())
                .as("Mondays from M1's week to M4's")
                .containsExactly(
                        LocalDate.of(2013, 11, 4),
                        LocalDate.of(2013, 11, 11),
                        LocalDate.of(2013, 11, 18),
                        LocalDate.of(2013, 11, 25),
                        LocalDate.of(2013, 12, 2));
        LocalDate first = LocalDate.of(2013, 11, 4);
        assertThat(sut.count(first, f.l1())).as("week 1, L1: K1 K3").isEqualTo(new StanceCount(2, 0, 0));
        assertThat(sut.count(first, f.l2())).as("week 1, L2: K2").isEqualTo(new StanceCount(0, 1, 0));
        assertThat(sut.count(LocalDate.of(2013, 11, 11), f.l1()))
                .as("week 2, L1: K4")
                .isEqualTo(new StanceCount(0, 1, 0));
        assertThat(sut.count(LocalDate.of(2013, 11, 11), f.g1()))
                .as("week 2, G1")
                .isEqualTo(new StanceCount(2, 0, 0));
        assertThat(sut.count(LocalDate.of(2013, 11, 18), f.l1()))
                .as("an empty week")
                .isEqualTo(StanceCount.NONE);
        assertThat(sut.count(LocalDate.of(2013, 12, 2), f.l1()))
                .as("December, L1: K1 again in a9")
                .isEqualTo(new StanceCount(1, 0, 0));
    }

    @Test
    void a_monthly_timeline_follows_one_participant_or_one_issue() {
        Timeline anna = timelines.timeline(
                f.project(), ALL, TimelineSubject.row(Rollup.PARTICIPANT, String.valueOf(f.anna())), Period.MONTH);
        Timeline governments =
                timelines.timeline(f.project(), ALL, TimelineSubject.everyone("Governments"), Period.MONTH);

        LocalDate november = LocalDate.of(2013, 11, 1);
        LocalDate december = LocalDate.of(2013, 12, 1);
        assertThat(anna.periods()).as("months").containsExactly(november, december);
        assertThat(anna.count(november, f.l1())).as("Anna, November, L1").isEqualTo(new StanceCount(1, 1, 0));
        assertThat(anna.count(november, f.l2())).as("Anna, November, L2").isEqualTo(new StanceCount(0, 1, 0));
        assertThat(anna.count(december, f.l1())).as("Anna, December, L1").isEqualTo(new StanceCount(1, 0, 0));
        assertThat(anna.positionsTaken())
                .as("Anna's positions")
                .extracting(p -> p.name())
                .containsExactly("Direct liaison", "1net as interface");
        assertThat(governments.positions())
                .as("the issue's positions")
                .extracting(p -> p.name())
                .containsExactly("Governments take part");
        assertThat(governments.periods()).as("only November").containsExactly(november);
        assertThat(governments.count(november, f.g1())).as("G1 in November").isEqualTo(new StanceCount(2, 0, 0));
    }

    @Test
    void a_stance_change_links_the_passage_before_and_after() {
        List<StanceChange> statements = allChanges(ALL);
        List<StanceChange> occurrences = allChanges(ALL.counting(Counting.OCCURRENCES));

        assertThat(statements)
                .as("by statement: a1 then a5; the quote a9 restates nothing")
                .hasSize(1);
        StanceChange change = statements.getFirst();
        assertThat(change.participant()).as("who").isEqualTo("Anna");
        assertThat(change.position()).as("on what").isEqualTo("Direct liaison");
        assertThat(change.summary()).as("how").isEqualTo("supports, then opposes");
        assertThat(change.before().annotationId()).as("before").isEqualTo(f.a(1));
        assertThat(change.after().annotationId()).as("after").isEqualTo(f.a(5));
        assertThat(occurrences)
                .as("every occurrence: a3 then a5, a5 then a9")
                .extracting(c -> c.before().annotationId(), c -> c.after().annotationId())
                .containsExactly(tuple(f.a(3), f.a(5)), tuple(f.a(5), f.a(9)));
    }

    @Test
    void stance_changes_come_by_participant_then_codebook_position_each_from_the_passage_just_before() {
        long annasTurn = corpus.passage(f.project(), f.m2(), 40, 50, f.l2(), "SUPPORTS", f.anna(), "K8", null, "ana");
        long brunosTurn = corpus.passage(f.project(), f.m3(), 40, 50, f.l1(), "OPPOSES", f.bruno(), "K9", null, "ben");
        long carlasTurn = corpus.passage(f.project(), f.m4(), 40, 50, f.g1(), "OPPOSES", f.carla(), "K10", null, "ben");

        List<StanceChange> sut = allChanges(ALL);

        assertThat(sut)
                .as("Anna on L1 then L2 (codebook order, though her turn on L2 came first), Bruno, Carla from a7,"
                        + " her later support of G1")
                .extracting(
                        c -> c.participant(),
                        c -> c.position(),
                        c -> c.before().annotationId(),
                        c -> c.after().annotationId())
                .containsExactly(
                        tuple("Anna", "Direct liaison", f.a(1), f.a(5)),
                        tuple("Anna", "1net as interface", f.a(2), annasTurn),
                        tuple("Bruno", "Direct liaison", f.a(4), brunosTurn),
                        tuple("Carla", "Governments take part", f.a(7), carlasTurn));
        StanceChangeService.FoundChanges found = changes.find(f.project(), ALL);
        assertThat(changes.read(f.project(), found, 1, 2))
                .as("the second page of two")
                .extracting(c -> c.after().annotationId())
                .containsExactly(annasTurn, brunosTurn);
        assertThat(changes.read(f.project(), found, 3, 50))
                .as("the last page, shorter than asked")
                .extracting(c -> c.after().annotationId())
                .containsExactly(carlasTurn);
        assertThat(changes.read(f.project(), found, 4, 50)).as("past the end").isEmpty();
    }

    @Test
    void changes_found_in_one_project_are_not_read_as_anothers() {
        ComparisonCorpus.Fixture other = corpus.create();
        StanceChangeService.FoundChanges found = changes.find(f.project(), ALL);

        assertThatThrownBy(() -> changes.read(other.project(), found, 0, 10))
                .as("reading them as the other project's")
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<StanceChange> allChanges(ComparisonScope scope) {
        StanceChangeService.FoundChanges found = changes.find(f.project(), scope);
        return changes.read(f.project(), found, 0, found.size());
    }

    @Test
    void co_occurrence_counts_shared_messages_and_overlapping_passages() {
        CoOccurrence sut = coOccurrence.coOccurrence(f.project(), ALL);
        CoOccurrence supporting = coOccurrence.coOccurrence(
                f.project(), scope(Set.of(), Set.of(), Set.of(), Set.of(StanceQualifier.SUPPORTS)));

        assertThat(sut.pairs())
                .as("L1 with L2 in M1 and M4, overlapping once (a1, a2); L1 with G1 in M3")
                .containsExactly(
                        new CoOccurrence.Pair(f.l1(), f.l2(), 2, 1), new CoOccurrence.Pair(f.l1(), f.g1(), 1, 0));
        assertThat(sut.pair(f.g1(), f.l2()))
                .as("never together")
                .isEqualTo(new CoOccurrence.Pair(f.g1(), f.l2(), 0, 0));
        assertThat(supporting.pairs())
                .as("supporting passages never share a message across positions")
                .isEmpty();
    }

    private long total(ComparisonScope scope) {
        return matrices.matrix(f.project(), scope, Rollup.PARTICIPANT).total();
    }

    private static ComparisonScope scope(
            Set<String> lists, Set<Long> threads, Set<String> coders, Set<StanceQualifier> qualifiers) {
        return new ComparisonScope(null, null, lists, threads, coders, qualifiers, Counting.STATEMENTS);
    }
}
