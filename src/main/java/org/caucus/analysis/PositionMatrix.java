package org.caucus.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;

/**
 * Rows (participants, or the organisations, stakeholder groups or countries they roll up to) by
 * positions: who supports, opposes or reports what. Rows are those with at least one counted
 * passage, by name; the row of passages without a participant or attribute comes last.
 *
 * <p>Totals add the cells up. In message counting a message that takes two positions therefore
 * counts once in each position's column and twice in its row's total.
 */
public record PositionMatrix(Rollup rollup, Counting counting, List<PositionChoice> positions, List<Row> rows) {

    public static final String UNKNOWN_SPEAKER = "(unknown speaker)";

    /**
     * One line of the matrix.
     *
     * @param key the participant id (as text), organisation, stakeholder group name or country;
     *     {@code null} for the row of passages that have none
     */
    public record Row(String key, String label, Map<Long, StanceCount> counts) {

        public StanceCount count(long positionId) {
            return counts.getOrDefault(positionId, StanceCount.NONE);
        }

        public StanceCount total() {
            return counts.values().stream().reduce(StanceCount.NONE, StanceCount::plus);
        }
    }

    /** Adds to one row's counts. */
    public interface RowCounts {
        void add(long positionId, StanceQualifier qualifier, long passages);
    }

    static PositionMatrix of(Rollup rollup, Counting counting, List<PositionChoice> positions, List<MatrixCell> cells) {
        Builder matrix = new Builder(rollup, positions);
        for (MatrixCell cell : cells) {
            matrix.row(cell.rowKey(), cell.rowLabel()).add(cell.positionId(), cell.qualifier(), cell.passages());
        }
        return matrix.build(counting);
    }

    /**
     * The order of the rows: alphabetical by label, ties by key, and the row without a key last. The rows
     * may be anything that has a key and a label.
     */
    static <R> Comparator<R> rowOrder(Function<R, String> key, Function<R, String> label) {
        return Comparator.comparing((R row) -> key.apply(row) == null)
                .thenComparing(label, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(row -> key.apply(row) == null ? "" : key.apply(row));
    }

    /**
     * Gathers counted passages into rows, the row looked up once for all of its cells where the caller
     * can; the export's one pass over the passages builds its matrices with it too.
     */
    public static final class Builder {

        private final Rollup rollup;
        private final List<PositionChoice> positions;
        private final PositionCounts.Slots slots;
        private final Map<String, Row> rows = new HashMap<>();

        public Builder(Rollup rollup, List<PositionChoice> positions) {
            this.rollup = rollup;
            this.positions = List.copyOf(positions);
            this.slots = new PositionCounts.Slots(positions);
        }

        /** The row with this key, created with this label the first time; its counts can be added to until {@link #build}. */
        public RowCounts row(String key, String label) {
            return (PositionCounts) rows.computeIfAbsent(
                            key,
                            absent -> new Row(
                                    absent, absent == null ? rollup.noneLabel() : label, new PositionCounts(slots)))
                    .counts();
        }

        public PositionMatrix build(Counting counting) {
            List<Row> sorted = new ArrayList<>(rows.values());
            sorted.sort(rowOrder(Row::key, Row::label));
            sorted.replaceAll(row -> new Row(row.key(), row.label(), Collections.unmodifiableMap(row.counts())));
            return new PositionMatrix(rollup, counting, positions, List.copyOf(sorted));
        }
    }

    public StanceCount columnTotal(long positionId) {
        return rows.stream().map(row -> row.count(positionId)).reduce(StanceCount.NONE, StanceCount::plus);
    }

    public StanceCount grandTotal() {
        return rows.stream().map(Row::total).reduce(StanceCount.NONE, StanceCount::plus);
    }

    /** Every counted passage (statement or message, by the counting mode) of the matrix. */
    public long total() {
        return grandTotal().total();
    }

    /** The cells where a row both supported and opposed a position. */
    public long contradictions() {
        return rows.stream()
                .flatMap(row -> row.counts().values().stream())
                .filter(StanceCount::contradicts)
                .count();
    }
}
