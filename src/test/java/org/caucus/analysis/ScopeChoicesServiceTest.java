package org.caucus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.caucus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(ComparisonCorpus.class)
class ScopeChoicesServiceTest {

    @Autowired
    ComparisonCorpus corpus;

    @Autowired
    ScopeChoicesService sut;

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
        assertThat(sut.threadSubjects(project.project()).keySet())
                .as("threads with coded passages, oldest first")
                .containsExactly(project.m1(), project.m3());
        assertThat(sut.coders(project.project()))
                .as("coders of this project, not the other project's")
                .containsExactly("ana", "ben");
        assertThat(sut.coders(other.project()))
                .as("coders of the other project")
                .containsExactly("ana", "ben", "zoe");
    }
}
