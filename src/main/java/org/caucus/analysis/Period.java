package org.caucus.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The length of one step of a timeline. Weeks start on Monday; days are UTC. */
public enum Period {
    WEEK("Week"),
    MONTH("Month");

    private static final LocalDate EPOCH = LocalDate.ofEpochDay(0);

    private final String label;

    Period(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The JPQL expression that numbers the period of message {@code m}: weeks since the Monday
     * before 1 January 1970 (a Thursday), or months since January of year 0.
     */
    String index() {
        return switch (this) {
            case WEEK -> "floor((extract(epoch from m.sentAt) / 86400 + 3) / 7)";
            case MONTH -> "(extract(year from m.sentAt) * 12 + extract(month from m.sentAt) - 1)";
        };
    }

    /** The first day of the period that {@link #index()} numbered. */
    LocalDate start(long index) {
        return switch (this) {
            case WEEK -> EPOCH.minusDays(3).plusWeeks(index);
            case MONTH -> LocalDate.of((int) Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1, 1);
        };
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The periods from the one holding {@code first} to the one holding {@code last}, inclusive. */
    public java.util.List<LocalDate> between(LocalDate first, LocalDate last) {
        LocalDate start = startOf(first);
        long steps = switch (this) {
            case WEEK -> ChronoUnit.WEEKS.between(start, startOf(last));
            case MONTH -> ChronoUnit.MONTHS.between(start, startOf(last));
        };
        return java.util.stream.LongStream.rangeClosed(0, steps)
                .mapToObj(step -> this == WEEK ? start.plusWeeks(step) : start.plusMonths(step))
                .toList();
    }
}
