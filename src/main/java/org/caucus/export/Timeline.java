package org.caucus.export;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Passages per period per position. Periods are weeks for a debate of up to half a year and
 * months for a longer one, so that a chart shows a readable number of points either way.
 */
record Timeline(Period period, List<LocalDate> starts, Map<LocalDate, Map<Long, Long>> counts) {

    static final int MAX_WEEKS = 26;

    enum Period {
        WEEK,
        MONTH;

        LocalDate start(LocalDate day) {
            return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        }

        LocalDate next(LocalDate start) {
            return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
        }

        String label(LocalDate start) {
            return this == WEEK
                    ? start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                            + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    : start.toString().substring(0, 7);
        }

        static Period spanning(LocalDate first, LocalDate last) {
            return first.plusWeeks(MAX_WEEKS).isBefore(last) ? MONTH : WEEK;
        }
    }

    /**
     * Gathers passages per day and position (position ids) into periods: weeks or months, every
     * period from the first day's to the last day's, so that quiet weeks show as zero, not as a gap.
     */
    static Timeline of(NavigableMap<LocalDate, Map<Long, Long>> days) {
        if (days.isEmpty()) {
            return new Timeline(Period.WEEK, List.of(), Map.of());
        }
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        Period period = Period.spanning(first, last);
        Map<LocalDate, Map<Long, Long>> periods = new HashMap<>();
        days.forEach((day, counts) -> counts.forEach(
                (position, passages) -> periods.computeIfAbsent(period.start(day), start -> new HashMap<>())
                        .merge(position, passages, Long::sum)));
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = period.start(first); !start.isAfter(last); start = period.next(start)) {
            starts.add(start);
        }
        return new Timeline(period, List.copyOf(starts), periods);
    }

    long count(LocalDate start, long positionId) {
        return counts.getOrDefault(start, Map.of()).getOrDefault(positionId, 0L);
    }
}
