package org.caucus.corpus;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.caucus.corpus.importing.ListArchiveAddress;
import org.caucus.corpus.importing.ReadingOrder;

/**
 * How an import names what it reads, the same in the title over its progress and in the record of past imports: the
 * files in the order they are read, or the first few of many, since 248 month names would bury everything under them.
 */
public final class ImportedSources {

    private static final int NAMED_FILES = 4;

    private ImportedSources() {}

    /** "2013-October.txt.gz, 2013-November.txt.gz", or the first four "… and 32 more". */
    public static String files(List<Path> files) {
        List<String> names = files.stream()
                .sorted(ReadingOrder.FILES)
                .map(file -> String.valueOf(file.getFileName()))
                .toList();
        return names.size() <= NAMED_FILES
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, NAMED_FILES)) + " and " + (names.size() - NAMED_FILES) + " more";
    }

    /** A list's archive address and the months asked of it: "https://host/pipermail/list/, 2013-10 to 2013-12". */
    public static String list(String address, YearMonth first, YearMonth last) {
        return ListArchiveAddress.withoutUserInfo(address) + ", " + months(first, last);
    }

    static String months(YearMonth first, YearMonth last) {
        if (first == null && last == null) {
            return "every month it offers";
        }
        if (first == null) {
            return "every month up to " + last;
        }
        if (last == null) {
            return "every month from " + first;
        }
        return first.equals(last) ? "the month " + first : first + " to " + last;
    }
}
