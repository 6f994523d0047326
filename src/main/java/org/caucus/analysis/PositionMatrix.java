package org.caucus.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caucus.codebook.PositionChoice;

/**
 * Participants by positions: who supports, opposes or reports what. Rows are the speakers with at
 * least one coded passage; passages whose speaker is unknown form a row of their own, last.
 */
public record PositionMatrix(List<PositionChoice> positions, List<Row> rows) {

    public static final String UNKNOWN_SPEAKER = "(unknown speaker)";

    /** One participant's line of the matrix. {@code speakerId} is {@code null} for unknown speakers. */
    public record Row(Long speakerId, String speaker, Map<Long, StanceCount> counts) {

        public StanceCount count(long positionId) {
            return counts.getOrDefault(positionId, StanceCount.NONE);
        }
    }

    static PositionMatrix of(List<PositionChoice> positions, List<MatrixCell> cells) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (MatrixCell cell : cells) {
            Row row = rows.computeIfAbsent(
                    cell.speakerId(),
                    id -> new Row(id, id == null ? UNKNOWN_SPEAKER : cell.speaker(), new LinkedHashMap<>()));
            row.counts()
                    .compute(
                            cell.positionId(),
                            (id, count) ->
                                    (count == null ? StanceCount.NONE : count).plus(cell.qualifier(), cell.passages()));
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing((Row row) -> row.speakerId() == null)
                .thenComparing(Row::speaker, String.CASE_INSENSITIVE_ORDER));
        sorted.replaceAll(row -> new Row(row.speakerId(), row.speaker(), Map.copyOf(row.counts())));
        return new PositionMatrix(List.copyOf(positions), List.copyOf(sorted));
    }

    public long total() {
        return rows.stream()
                .flatMap(row -> row.counts().values().stream())
                .mapToLong(StanceCount::total)
                .sum();
    }
}
