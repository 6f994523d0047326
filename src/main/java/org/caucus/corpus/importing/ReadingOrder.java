package org.caucus.corpus.importing;

import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which the files of a folder, or the entries of a zip, are read: pipermail's monthly archives by date, the rest by name. By name,
 * 2003-April came before 2003-March, so a reply was read before the message it quotes: its quotes could not be traced
 * to their origin, and its place in the thread had to be corrected once the whole import was written.
 */
public final class ReadingOrder {

    private static final Pattern MONTH_FILE =
            Pattern.compile("^(\\d{4})-([A-Za-z]+)\\.txt(?:\\.gz)?$", Pattern.CASE_INSENSITIVE);

    public static final Comparator<Path> FILES = Comparator.comparing((Path file) -> String.valueOf(file.getParent()))
            .thenComparing(
                    file -> month(String.valueOf(file.getFileName())).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Path::toString);

    /** The same order for the entries of a zip, by their names ({@code months/2013-November.txt.gz}). */
    static final Comparator<String> ZIP_ENTRIES = Comparator.comparing(
                    (String entry) -> entry.substring(0, entry.lastIndexOf('/') + 1))
            .thenComparing(
                    entry -> month(entry.substring(entry.lastIndexOf('/') + 1)).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.naturalOrder());

    private ReadingOrder() {}

    /** The month a file named like {@code 2013-November.txt.gz} holds. */
    static Optional<YearMonth> month(String fileName) {
        Matcher name = MONTH_FILE.matcher(fileName);
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            Month month = Month.valueOf(name.group(2).toUpperCase(Locale.ROOT));
            return Optional.of(YearMonth.of(Integer.parseInt(name.group(1)), month));
        } catch (IllegalArgumentException notAMonth) {
            return Optional.empty();
        }
    }
}
