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
 * The order in which the files of a folder, or the entries of a zip, are read: pipermail's monthly archives by date, the
 * rest by name, numbered names by number. By name,
 * 2003-April came before 2003-March, so a reply was read before the message it quotes: its quotes could not be traced
 * to their origin, and its place in the thread had to be corrected once the whole import was written.
 */
public final class ReadingOrder {

    private static final Pattern MONTH_FILE =
            Pattern.compile("^(\\d{4})-([A-Za-z]+)\\.txt(?:\\.gz)?$", Pattern.CASE_INSENSITIVE);

    /**
     * Names that start with a number, by that number: an MH folder names its messages 1, 2, ... 10, and a Maildir by
     * the second each was delivered.
     */
    static final Comparator<String> NAMES = (one, other) -> {
        String oneNumber = leadingNumber(one);
        String otherNumber = leadingNumber(other);
        if (!oneNumber.isEmpty() && !otherNumber.isEmpty()) {
            int byNumber = Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder())
                    .compare(oneNumber, otherNumber);
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return one.compareTo(other);
    };

    /**
     * Months first, by date wherever they lie: a month given from one folder and the next from another are read in
     * their order. The other files then folder by folder, a Maildir's {@code cur} and {@code new} as one.
     */
    public static final Comparator<Path> FILES = Comparator.comparing(
                    (Path file) -> month(String.valueOf(file.getFileName())).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(file -> Maildir.readWith(file.getParent() == null ? "" : file.getParent() + "/"))
            .thenComparing(file -> String.valueOf(file.getFileName()), NAMES)
            .thenComparing(Path::toString);

    /** The same order for the entries of a zip, by their names ({@code months/2013-November.txt.gz}). */
    static final Comparator<String> ZIP_ENTRIES = Comparator.comparing(
                    (String entry) ->
                            month(entry.substring(entry.lastIndexOf('/') + 1)).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(entry -> Maildir.readWith(entry.substring(0, entry.lastIndexOf('/') + 1)))
            .thenComparing(entry -> entry.substring(entry.lastIndexOf('/') + 1), NAMES)
            .thenComparing(Comparator.naturalOrder());

    private ReadingOrder() {}

    /** The digits a name starts with, without leading zeros; empty when it does not start with one. */
    private static String leadingNumber(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) >= '0' && name.charAt(end) <= '9') {
            end++;
        }
        int start = 0;
        while (start < end - 1 && name.charAt(start) == '0') {
            start++;
        }
        return name.substring(start, end);
    }

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
