package org.caucus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caucus.IntegrationTest;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.StakeholderGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

@IntegrationTest
@Import(ComparisonCorpus.class)
class ScopeChoicesServiceTest {

    @Autowired
    ComparisonCorpus corpus;

    @Autowired
    ScopeChoicesService sut;

    @Autowired
    PositionMatrixService matrices;

    @Test
    void offers_the_lists_threads_and_coders_of_the_projects_own_coded_passages_only() {
        ComparisonCorpus.Fixture project = corpus.create();
        ComparisonCorpus.Fixture other = corpus.create();
        corpus.message(
                project.project(),
                "quiet",
                null,
                OffsetDateTime.of(2013, 11, 20, 9, 0, 0, 0, ZoneOffset.UTC),
                project.anna());
        corpus.passage(other.project(), other.m1(), 40, 45, other.l1(), "SUPPORTS", other.anna(), "K9", null, "zoe");

        assertThat(sut.lists(project.project()))
                .as("lists with coded passages, not the uncoded list")
                .containsExactly("bestbits", "governance");
        assertThat(sut.threads(project.project(), "", Pageable.ofSize(50)))
                .as("threads with coded passages, oldest first")
                .extracting(ScopeChoicesService.ThreadChoice::id)
                .containsExactly(project.m1(), project.m3());
        assertThat(sut.coders(project.project()))
                .as("coders of this project, not the other project's")
                .containsExactly("ana", "ben");
        assertThat(sut.coders(other.project()))
                .as("coders of the other project")
                .containsExactly("ana", "ben", "zoe");
    }

    @Test
    void offers_the_threads_a_page_at_a_time_narrowed_to_a_subject_typed_in_any_case() {
        ComparisonCorpus.Fixture project = corpus.create();
        String third = "Message " + project.m3();

        assertThat(sut.threads(project.project(), "", PageRequest.of(1, 1)))
                .as("the second page of one")
                .containsExactly(new ScopeChoicesService.ThreadChoice(project.m3(), third));
        assertThat(sut.threads(project.project(), third.toUpperCase(Locale.ROOT), Pageable.ofSize(50)))
                .as("the thread whose subject is typed")
                .extracting(ScopeChoicesService.ThreadChoice::id)
                .containsExactly(project.m3());
        assertThat(sut.threads(project.project(), "Message_%", Pageable.ofSize(50)))
                .as("% and _ typed are meant literally")
                .isEmpty();
        assertThat(sut.threadSubjects(project.project(), List.of(project.m3(), project.m4())))
                .as("subjects of the threads named; a reply's own subject too")
                .containsOnly(entry(project.m3(), third), entry(project.m4(), "Message " + project.m4()));
        assertThat(sut.threadSubjects(corpus.create().project(), List.of(project.m3())))
                .as("no subject of another project's thread")
                .isEmpty();
    }

    @Test
    void offers_the_rows_that_hold_passages_in_scope_in_the_matrixs_order_without_the_row_of_no_one() {
        ComparisonCorpus.Fixture project = corpus.create();
        long aaron = corpus.participant(project.project(), "aaron", "civnet", null, null);
        corpus.passage(project.project(), project.m4(), 40, 45, project.g1(), "OPPOSES", aaron, "K8", null, "ana");

        assertThat(sut.rows(project.project(), ComparisonScope.everything(), Rollup.PARTICIPANT))
                .as("coded participants by name, whatever its case; not Dev, never coded, nor the unknown speaker")
                .containsExactly(
                        entry(Long.toString(aaron), "aaron"),
                        entry(Long.toString(project.anna()), "Anna"),
                        entry(Long.toString(project.bruno()), "Bruno"),
                        entry(Long.toString(project.carla()), "Carla"));
        assertThat(sut.rows(
                        project.project(), ComparisonScope.everything().withCoders(Set.of("ben")), Rollup.PARTICIPANT))
                .as("only the participants of ben's passages")
                .containsOnlyKeys(Long.toString(project.bruno()), Long.toString(project.carla()));
        ComparisonScope december = new ComparisonScope(
                LocalDate.of(2013, 12, 1),
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                EnumSet.allOf(StanceQualifier.class),
                Counting.STATEMENTS);
        assertThat(sut.rows(project.project(), december, Rollup.STAKEHOLDER_GROUP))
                .as("December's one known speaker's group")
                .containsExactly(entry("CIVIL_SOCIETY", StakeholderGroup.CIVIL_SOCIETY.label()));

        for (Rollup rollup : Rollup.values()) {
            for (ComparisonScope scope : List.of(ComparisonScope.everything(), december)) {
                Map<String, String> matrixRows = new LinkedHashMap<>();
                matrices.matrix(project.project(), scope, rollup).rows().stream()
                        .filter(row -> row.key() != null)
                        .forEach(row -> matrixRows.put(row.key(), row.label()));
                assertThat(sut.rows(project.project(), scope, rollup))
                        .as("the matrix's own rows, by %s from %s", rollup, scope.from())
                        .containsExactlyEntriesOf(matrixRows);
            }
        }
    }
}
