package org.caucus.cli;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.caucus.cli.AcknowledgedSave.PassageState;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proves that what the database holds is exactly what the coders were told was saved. The
 * acknowledged saves of each passage are put in the order of the versions they wrote: a save
 * refused as stale never counts, so the versions of one passage's saves run 0, 1, 2... without a
 * gap or a repeat, and a deletion is of the last of them. A repeated version is an update that was
 * lost; a gap is a save that took effect although its coder was told it failed. Replaying them
 * gives the passages that must be stored, and the history that must be recorded; the stance totals
 * must equal a recount of the passages.
 */
final class CodingReplay {

    /** What the comparison found: how much was compared, and every difference, described. */
    record Verdict(int passagesStored, int historyEntries, int totalsCells, List<String> differences) {}

    /** A passage as it must be stored: its content, its version, who coded it and who saved it last. */
    private record StoredPassage(PassageState state, long version, String coder, String updatedBy) {}

    /** One history entry, as the history table holds it and as the log says it must be. */
    private record HistoryEntry(String action, String by, PassageState before, PassageState after) {}

    private final JdbcTemplate jdbc;

    CodingReplay(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Verdict check(long projectId, List<AcknowledgedSave> log) {
        List<String> differences = new ArrayList<>();
        Map<Long, List<AcknowledgedSave>> byPassage = log.stream()
                .collect(Collectors.groupingBy(
                        AcknowledgedSave::annotationId,
                        TreeMap::new,
                        Collectors.collectingAndThen(Collectors.toList(), CodingReplay::inVersionOrder)));
        Map<Long, StoredPassage> expected = new TreeMap<>();
        Map<Long, List<HistoryEntry>> expectedHistory = new TreeMap<>();
        byPassage.forEach((id, saves) -> replay(id, saves, expected, expectedHistory, differences));

        Map<Long, StoredPassage> stored = storedPassages(projectId);
        compare("passage", expected, stored, differences);
        Map<Long, List<HistoryEntry>> history = history(projectId);
        compare("history of passage", expectedHistory, history, differences);
        int cells = compareTotalsWithRecount(differences);
        int entries = history.values().stream().mapToInt(List::size).sum();
        return new Verdict(stored.size(), entries, cells, differences);
    }

    /** Codings first (version 0), then changes by version, then the deletion of the last version. */
    private static List<AcknowledgedSave> inVersionOrder(List<AcknowledgedSave> saves) {
        return saves.stream()
                .sorted(Comparator.comparingLong(AcknowledgedSave::version)
                        .thenComparing(save -> save.operation() == LoadOperation.DELETE))
                .toList();
    }

    private static void replay(
            long id,
            List<AcknowledgedSave> saves,
            Map<Long, StoredPassage> expected,
            Map<Long, List<HistoryEntry>> expectedHistory,
            List<String> differences) {
        AcknowledgedSave first = saves.getFirst();
        if (first.operation() != LoadOperation.CODE || first.version() != 0) {
            differences.add("passage " + id + ": the first acknowledged save is " + first.operation() + " of version "
                    + first.version() + ", not its coding");
            return;
        }
        List<HistoryEntry> history = new ArrayList<>();
        StoredPassage passage = null;
        long expectedVersion = 0;
        for (AcknowledgedSave save : saves) {
            if (passage == null && save != first) {
                differences.add("passage " + id + ": " + save.operation() + " by " + save.by() + " acknowledged after"
                        + " its deletion");
                break;
            }
            switch (save.operation()) {
                case CODE -> {
                    if (save != first) {
                        differences.add("passage " + id + ": coded twice");
                    }
                    passage = new StoredPassage(save.after(), 0, save.by(), save.by());
                    history.add(new HistoryEntry("CREATED", save.by(), null, save.after()));
                }
                case EDIT -> {
                    expectedVersion++;
                    if (save.version() != expectedVersion) {
                        differences.add("passage " + id + ": the change by " + save.by() + " was acknowledged as"
                                + " version " + save.version() + " where version " + expectedVersion + " was next"
                                + (save.version() < expectedVersion
                                        ? " (a lost update)"
                                        : " (an unacknowledged save took effect)"));
                        expectedVersion = save.version();
                    }
                    history.add(new HistoryEntry("CHANGED", save.by(), passage.state(), save.after()));
                    passage = new StoredPassage(save.after(), save.version(), passage.coder(), save.by());
                }
                case DELETE -> {
                    if (save.version() != passage.version()) {
                        differences.add("passage " + id + ": deleted by " + save.by() + " from version "
                                + save.version() + " although version " + passage.version()
                                + " was acknowledged (a lost update)");
                    }
                    history.add(new HistoryEntry("DELETED", save.by(), passage.state(), null));
                    passage = null;
                }
                case READ -> throw new IllegalArgumentException("a read is not a save");
            }
        }
        if (passage != null) {
            expected.put(id, passage);
        }
        expectedHistory.put(id, history);
    }

    private Map<Long, StoredPassage> storedPassages(long projectId) {
        Map<Long, StoredPassage> stored = new TreeMap<>();
        jdbc.query(
                "select a.id, a.start_offset, a.end_offset, a.passage, p.name, a.qualifier, a.memo, a.version, a.coder,"
                        + " coalesce(a.updated_by, a.coder) from annotation a join message m on m.id = a.message_id"
                        + " join codebook_position p on p.id = a.position_id where m.project_id = ?",
                row -> {
                    stored.put(
                            row.getLong(1),
                            new StoredPassage(
                                    new PassageState(
                                            row.getInt(2),
                                            row.getInt(3),
                                            row.getString(4),
                                            row.getString(5),
                                            row.getString(6),
                                            row.getString(7)),
                                    row.getLong(8),
                                    row.getString(9),
                                    row.getString(10)));
                },
                projectId);
        return stored;
    }

    private Map<Long, List<HistoryEntry>> history(long projectId) {
        Map<Long, List<HistoryEntry>> history = new TreeMap<>();
        jdbc.query(
                "select annotation_id, action, changed_by, before_start, before_end, before_passage, before_position,"
                        + " before_qualifier, before_memo, after_start, after_end, after_passage, after_position,"
                        + " after_qualifier, after_memo from annotation_change where project_id = ? order by id",
                row -> {
                    history.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new HistoryEntry(row.getString(2), row.getString(3), state(row, 4), state(row, 10)));
                },
                projectId);
        return history;
    }

    private static PassageState state(ResultSet row, int first) throws SQLException {
        String passage = row.getString(first + 2);
        return passage == null
                ? null
                : new PassageState(
                        row.getInt(first),
                        row.getInt(first + 1),
                        passage,
                        row.getString(first + 3),
                        row.getString(first + 4),
                        row.getString(first + 5));
    }

    private static <T> void compare(String what, Map<Long, T> expected, Map<Long, T> found, List<String> differences) {
        Set<Long> ids = new HashSet<>(expected.keySet());
        ids.addAll(found.keySet());
        ids.stream().sorted().forEach(id -> {
            T mustBe = expected.get(id);
            T is = found.get(id);
            if (mustBe == null) {
                differences.add(what + " " + id + " is stored but no acknowledged save left it there: " + is);
            } else if (is == null) {
                differences.add(what + " " + id + " was acknowledged but is not stored: " + mustBe);
            } else if (!mustBe.equals(is)) {
                differences.add(what + " " + id + " is stored as " + is + " but the acknowledged saves give " + mustBe);
            }
        });
    }

    /** @return the number of cells compared */
    private int compareTotalsWithRecount(List<String> differences) {
        Map<List<Object>, List<Long>> totals =
                cells("select position_id, speaker_id, qualifier, statements, passages, messages from stance_total");
        Map<List<Object>, List<Long>> recount = cells("select position_id, speaker_id, qualifier,"
                + " count(distinct statement_key), count(*), count(distinct message_id) from annotation"
                + " group by position_id, speaker_id, qualifier");
        Set<List<Object>> keys = new HashSet<>(totals.keySet());
        keys.addAll(recount.keySet());
        for (List<Object> cell : keys) {
            if (!Objects.equals(totals.get(cell), recount.get(cell))) {
                differences.add("stance total of (position, speaker, qualifier) " + cell + " holds "
                        + totals.get(cell) + " (statements, passages, messages) but a recount gives "
                        + recount.get(cell));
            }
        }
        return recount.size();
    }

    private Map<List<Object>, List<Long>> cells(String sql) {
        Map<List<Object>, List<Long>> cells = new HashMap<>();
        jdbc.query(sql, row -> {
            Long speaker = row.getObject(2) == null ? null : row.getLong(2);
            cells.put(
                    Arrays.asList(row.getLong(1), speaker, row.getString(3)),
                    List.of(row.getLong(4), row.getLong(5), row.getLong(6)));
        });
        return cells;
    }
}
