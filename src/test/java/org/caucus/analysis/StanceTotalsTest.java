package org.caucus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ParticipantService;
import org.caucus.exchange.ProjectBackup;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stance totals that the database's triggers keep must equal a recount of the coded passages
 * after every kind of write, and the matrix and networks read from them must equal the group-by.
 */
@IntegrationTest
@Import({ComparisonCorpus.class, SeedProject.class})
class StanceTotalsTest {

    @Autowired
    StanceTotals sut;

    @Autowired
    ComparisonCorpus corpus;

    @Autowired
    SeedProject seedProject;

    @Autowired
    CodingService coding;

    @Autowired
    CorpusService messages;

    @Autowired
    ParticipantService participants;

    @Autowired
    CodebookService codebook;

    @Autowired
    ProjectBackup backups;

    @Autowired
    PositionMatrixService matrices;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void passages_inserted_by_plain_sql_are_counted() {
        ComparisonCorpus.Fixture fixture = corpus.create();

        assertTotalsMatchRecount(fixture.project(), "after the hand-built corpus was written");
        assertThat(stored(fixture.project()))
                .as("Anna's supports on L1: statement K1 three times (M1, M2, M4) and nothing else")
                .contains(fixture.anna() + " " + fixture.l1() + " SUPPORTS: 1 statements, 3 passages, 3 messages");
    }

    @Test
    void coding_changing_and_deleting_a_passage_keep_the_totals() {
        SeedProject.Fixture seed = seedProject.create();
        long governments = seed.governments().getId();
        long liaison = seed.liaison().getId();

        Highlight coded = code(seed, "we will like to have a direct liaison", liaison, StanceQualifier.SUPPORTS);
        code(seed, "governments are not part of the list", governments, StanceQualifier.NEUTRAL);
        assertTotalsMatchRecount(seed.project(), "after coding two passages");

        Highlight moved = coding.edit(
                coded.id(),
                coded.version(),
                new CodingRequest(
                        seed.messageId(),
                        seed.range("we will like to have a direct liaison"),
                        governments,
                        StanceQualifier.OPPOSES,
                        "now on governments"));
        assertTotalsMatchRecount(seed.project(), "after moving a passage to another position and qualifier");

        coding.delete(moved.id(), moved.version());
        assertTotalsMatchRecount(seed.project(), "after deleting a passage");
        assertThat(stored(seed.project())).as("cells left").hasSize(1);
    }

    @Test
    void changing_a_blocks_speaker_moves_its_passages_between_cells() {
        SeedProject.Fixture seed = seedProject.create();
        code(seed, "we will like to have a direct liaison", seed.liaison().getId(), StanceQualifier.SUPPORTS);
        code(seed, "governments are not part of the list", seed.governments().getId(), StanceQualifier.OPPOSES);
        List<String> before = stored(seed.project());
        long someoneElse = jdbc.queryForObject(
                "select min(id) from participant where project_id = ?",
                Long.class,
                seed.project().getId());

        for (int block = 0; block < blocks(seed.messageId()); block++) {
            messages.setBlockSpeaker(seed.messageId(), block, someoneElse, "tester");
        }

        assertTotalsMatchRecount(seed.project(), "after every block was credited to one participant");
        assertThat(stored(seed.project())).as("cells after re-crediting").isNotEqualTo(before);
    }

    @Test
    void merging_participants_adds_the_merged_ones_passages_to_the_kept_ones() {
        ComparisonCorpus.Fixture fixture = corpus.create();

        participants.merge(fixture.bruno(), fixture.anna());

        assertTotalsMatchRecount(fixture.project(), "after Anna was merged into Bruno");
        assertThat(stored(fixture.project()))
                .as("Bruno's supports on L1: his K3 and Anna's K1 (three times)")
                .contains(fixture.bruno() + " " + fixture.l1() + " SUPPORTS: 2 statements, 4 passages, 3 messages")
                .noneMatch(cell -> cell.startsWith(fixture.anna() + " "));
    }

    @Test
    void merging_and_deleting_positions_keep_the_totals() {
        ComparisonCorpus.Fixture fixture = corpus.create();

        codebook.merge(fixture.l2(), fixture.l1());
        assertTotalsMatchRecount(fixture.project(), "after L2 was merged into L1");

        codebook.deletePosition(fixture.g1());
        assertTotalsMatchRecount(fixture.project(), "after G1 was deleted");
        assertThat(stored(fixture.project()))
                .as("cells on the deleted and the merged position")
                .noneMatch(cell -> cell.contains(" " + fixture.g1() + " ") || cell.contains(" " + fixture.l2() + " "));
    }

    @Test
    void a_changed_statement_or_message_is_recounted() {
        ComparisonCorpus.Fixture fixture = corpus.create();

        // a3 was a quote of a1 (K1); now it is a statement of its own, in M3
        jdbc.update(
                "update annotation set statement_key = 'own', message_id = ? where id = ?", fixture.m3(), fixture.a(3));
        jdbc.update("update annotation set memo = 'only a memo' where id = ?", fixture.a(1));

        assertTotalsMatchRecount(fixture.project(), "after a passage's statement and message changed");
    }

    @Test
    void a_restored_backup_has_the_totals_of_its_passages() {
        ComparisonCorpus.Fixture fixture = corpus.create();
        ByteArrayOutputStream backup = new ByteArrayOutputStream();
        backups.write(fixture.project(), backup);

        ProjectBackup.Restored restored = backups.restore(
                "comparison.caucus-backup",
                new ByteArrayInputStream(backup.toByteArray()),
                "restored-" + UUID.randomUUID());

        Project copy = projects.findByName(restored.projectName()).orElseThrow();
        assertTotalsMatchRecount(copy, "in the restored project");
        assertThat(stored(copy)).as("cells of the restored project").hasSameSizeAs(stored(fixture.project()));
    }

    @ParameterizedTest
    @EnumSource(Counting.class)
    void the_matrix_from_the_totals_equals_the_matrix_grouped_from_the_passages(Counting counting) {
        ComparisonCorpus.Fixture fixture = corpus.create();
        ComparisonScope everything = ComparisonScope.everything().counting(counting);
        // Every qualifier named is the same passages, but a filter, so the matrix is grouped from them.
        ComparisonScope grouped = new ComparisonScope(
                null, null, Set.of(), Set.of(), Set.of(), EnumSet.allOf(StanceQualifier.class), counting);

        PositionMatrix fromTotals = matrices.matrix(fixture.project(), everything, Rollup.PARTICIPANT);
        PositionMatrix fromPassages = matrices.matrix(fixture.project(), grouped, Rollup.PARTICIPANT);

        assertThat(StanceTotals.answer(everything))
                .as("totals answer the unfiltered scope")
                .isTrue();
        assertThat(StanceTotals.answer(grouped))
                .as("totals answer a filtered scope")
                .isFalse();
        assertThat(fromTotals.rows()).as("rows in " + counting).isEqualTo(fromPassages.rows());
        assertThat(fromTotals.rows()).as("rows").hasSize(4);
    }

    private Highlight code(SeedProject.Fixture seed, String phrase, long position, StanceQualifier qualifier) {
        return coding.code(new CodingRequest(seed.messageId(), seed.range(phrase), position, qualifier, null));
    }

    private int blocks(long messageId) {
        return jdbc.queryForObject("select count(*) from message_block where message_id = ?", Integer.class, messageId);
    }

    private void assertTotalsMatchRecount(Project project, String when) {
        assertThat(stored(project)).as("stance totals " + when).isEqualTo(recounted(project));
    }

    /** What the triggers keep, one text per cell, in order. */
    private List<String> stored(Project project) {
        return cells(
                "select speaker_id, position_id, qualifier, statements, passages, messages from stance_total"
                        + " where position_id in (select p.id from codebook_position p"
                        + " join codebook_issue i on i.id = p.issue_id where i.project_id = ?)",
                project);
    }

    /** The same cells grouped from the project's passages now. */
    private List<String> recounted(Project project) {
        return cells(
                "select a.speaker_id, a.position_id, a.qualifier, count(distinct a.statement_key), count(*),"
                        + " count(distinct a.message_id) from annotation a join message m on m.id = a.message_id"
                        + " where m.project_id = ? group by a.speaker_id, a.position_id, a.qualifier",
                project);
    }

    private List<String> cells(String sql, Project project) {
        return jdbc
                .query(
                        sql,
                        (row, n) -> row.getObject(1) + " " + row.getLong(2) + " " + row.getString(3) + ": "
                                + row.getLong(4) + " statements, " + row.getLong(5) + " passages, " + row.getLong(6)
                                + " messages",
                        project.getId())
                .stream()
                .sorted()
                .toList();
    }
}
