package org.caucus.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caucus.codebook.PositionChoice;

/**
 * Positions over time for one subject: for each period (week or month, from the first to the last
 * with a counted passage, empty ones included) and position, the stance counts. Passages of
 * undated messages are left out.
 */
public record Timeline(
        Period period,
        List<LocalDate> periods,
        List<PositionChoice> positions,
        Map<LocalDate, Map<Long, StanceCount>> counts) {

    public StanceCount count(LocalDate periodStart, long positionId) {
        return counts.getOrDefault(periodStart, Map.of()).getOrDefault(positionId, StanceCount.NONE);
    }

    /** How many passages (or statements) were counted in all, over every period and position. */
    public long counted() {
        return counts.values().stream()
                .flatMap(byPosition -> byPosition.values().stream())
                .mapToLong(StanceCount::total)
                .sum();
    }

    /** The positions with at least one counted passage, in codebook order. */
    public List<PositionChoice> positionsTaken() {
        return positions.stream()
                .filter(position ->
                        counts.values().stream().anyMatch(byPosition -> byPosition.containsKey(position.id())))
                .toList();
    }
}
