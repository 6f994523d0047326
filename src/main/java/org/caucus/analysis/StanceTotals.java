package org.caucus.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Every cell of the project; the scope must be one the totals {@link #answer}. */
    public List<Total> of(long projectId, ComparisonScope scope) {
        if (!answer(scope)) {
            throw new IllegalArgumentException("stance totals cover whole projects only, not " + scope);
        }
        Set<Long> positions = new HashSet<>(jdbc.queryForList(
                "select p.id from codebook_position p join codebook_issue i on i.id = p.issue_id"
                        + " where i.project_id = ?",
                Long.class,
                projectId));
        List<Total> totals = new ArrayList<>();
        // One pass over the table in storage order, keeping the project's cells: H2 reads a table this
        // way ten times faster than it probes the cells of 200 positions through the index (measured
        // on 370,000 cells: 1.1-1.5 s against 14 s at load 15), and other projects' cells are few.
        jdbc.query(
                "select speaker_id, position_id, qualifier, " + column(scope.counting()) + " from stance_total",
                row -> {
                    long position = row.getLong(2);
                    if (positions.contains(position)) {
                        long speaker = row.getLong(1);
                        totals.add(new Total(
                                row.wasNull() ? null : speaker,
                                position,
                                StanceQualifier.valueOf(row.getString(3)),
                                row.getLong(4)));
                    }
                });
        return totals;
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
