package org.caucus.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caucus.coding.StanceQualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each participant's passages by qualifier and position over a whole project, read from the
 * materialised {@code stance_total} table (migration V0008) rather than grouped from every passage.
 * The database's triggers keep that table equal to a recount in the transaction of every write, so
 * it answers only what a recount over all passages would: the unfiltered comparison of
 * participants. Any filter (dates, lists, threads, coders, qualifiers) goes through the group-by.
 */
@Component
public class StanceTotals {

    /**
     * One cell: the passages of a speaker ({@code null}: unknown) with one qualifier on one position,
     * counted as the counting mode says.
     */
    public record Total(Long speakerId, long positionId, StanceQualifier qualifier, long passages) {}

    private final JdbcTemplate jdbc;

    StanceTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the totals answer a comparison of this scope: every passage of the project, in any counting mode. */
    public static boolean answer(ComparisonScope scope) {
        return scope.from() == null
                && scope.to() == null
                && scope.lists().isEmpty()
                && scope.threadIds().isEmpty()
                && scope.coders().isEmpty()
                && scope.qualifiers().isEmpty();
    }

    /** Receives the cells of the totals one at a time, so that nobody holds them twice. */
    @FunctionalInterface
    public interface Cells {
        /** @param speakerId the participant, {@code null} for passages whose speaker is unknown */
        void cell(Long speakerId, long positionId, StanceQualifier qualifier, long passages);
    }

    /** Every cell of the project; the scope must be one the totals {@link #answer}. */
    public List<Total> of(long projectId, ComparisonScope scope) {
        List<Total> totals = new ArrayList<>();
        forEach(
                projectId,
                scope,
                (speaker, position, qualifier, passages) ->
                        totals.add(new Total(speaker, position, qualifier, passages)));
        return totals;
    }

    /** Hands every cell of the project to {@code cells}; the scope must be one the totals {@link #answer}. */
    public void forEach(long projectId, ComparisonScope scope, Cells cells) {
        if (!answer(scope)) {
            throw new IllegalArgumentException("stance totals cover whole projects only, not " + scope);
        }
        long[] positions = jdbc
                .queryForList(
                        "select p.id from codebook_position p join codebook_issue i on i.id = p.issue_id"
                                + " where i.project_id = ? order by p.id",
                        Long.class,
                        projectId)
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
        // One pass over the table in storage order, keeping the project's cells: H2 reads a table this
        // way ten times faster than it probes the cells of 200 positions through the index (measured
        // on 370,000 cells: 1.1-1.5 s against 14 s at load 15), and other projects' cells are few.
        StreamedRows.query(
                jdbc,
                "select speaker_id, position_id, qualifier, " + column(scope.counting()) + " from stance_total",
                row -> {
                    long position = row.getLong(2);
                    if (Arrays.binarySearch(positions, position) >= 0) {
                        long speaker = row.getLong(1);
                        cells.cell(
                                row.wasNull() ? null : speaker,
                                position,
                                StanceQualifier.valueOf(row.getString(3)),
                                row.getLong(4));
                    }
                });
    }

    /** The names of a project's participants by id, for the rows of the totals. */
    Map<Long, String> participantNames(long projectId) {
        Map<Long, String> names = new HashMap<>();
        jdbc.query(
                "select id, display_name from participant where project_id = ?",
                row -> {
                    names.put(row.getLong(1), row.getString(2));
                },
                projectId);
        return names;
    }

    private static String column(Counting counting) {
        return switch (counting) {
            case STATEMENTS -> "statements";
            case OCCURRENCES -> "passages";
            case MESSAGES -> "messages";
        };
    }
}
