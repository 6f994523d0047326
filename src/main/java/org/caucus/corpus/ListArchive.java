package org.caucus.corpus;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.caucus.shared.Counted;

/**
 * The months a list's archive on the web offers, as its index page lists them, so that an analyst can choose a range
 * before anything is downloaded.
 *
 * @param listName the last segment of the list's address, or {@code null} when it has none
 * @param months oldest first, never empty
 */
public record ListArchive(String listName, List<YearMonth> months) {

    public ListArchive {
        months = List.copyOf(months);
        if (months.isEmpty()) {
            throw new IllegalArgumentException("A list's archive offers at least one month");
        }
    }

    public YearMonth first() {
        return months.getFirst();
    }

    public YearMonth last() {
        return months.getLast();
    }

    /** "twisted-python offers 248 months, from 1999-12 to 2020-07, with 3 months missing between." */
    public String describe() {
        String range = months.size() == 1
                ? "1 month, " + first()
                : "%,d months, from %s to %s".formatted(months.size(), first(), last());
        return (listName == null ? "The list" : listName) + " offers " + range + gaps() + ".";
    }

    /** Months without an archive between the first and the last: a list that was quiet, or an archive with holes. */
    private String gaps() {
        long missing = ChronoUnit.MONTHS.between(first(), last()) + 1 - months.size();
        if (missing == 0) {
            return "";
        }
        return ", with " + Counted.of(missing, "month") + " missing between";
    }
}
