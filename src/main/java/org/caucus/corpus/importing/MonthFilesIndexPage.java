package org.caucus.corpus.importing;

import java.net.URI;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caucus.corpus.importing.ListArchiveFetcher.MonthlyArchive;
import org.jsoup.nodes.Document;

/**
 * What an archive's index page offers when it links to a file per month, on the index's own server: pipermail's
 * monthly text archives ({@code 2013-November.txt.gz}), or the mbox files of the IETF's text archive ({@code
 * https://www.ietf.org/mail-archive/text/ianaplan/2014-09.mail}). The list's name is the index's folder.
 */
final class MonthFilesIndexPage {

    private static final Pattern MONTHLY_ARCHIVE =
            Pattern.compile("^(\\d{4})-([A-Za-z]+)\\.txt(\\.gz)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHLY_MBOX = Pattern.compile("^(\\d{4})-(\\d{2})\\.mail$", Pattern.CASE_INSENSITIVE);

    // A month's pages are in a folder of the list's archive named for it: ".../2013-November/000123.html".
    private static final Pattern MONTH_FOLDER = Pattern.compile(
            "^(.*/)\\d{4}-(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:/.*)?$",
            Pattern.CASE_INSENSITIVE);

    private MonthFilesIndexPage() {}

    /**
     * The list's archive folder when {@code rawPath} is a page in one of its months (a message, or the month by thread
     * or date) or a month's file; otherwise {@code rawPath} as it is.
     */
    static String archiveFolder(String rawPath) {
        Matcher matcher = MONTH_FOLDER.matcher(rawPath);
        if (matcher.matches()) {
            return matcher.group(1);
        }
        return monthOfFile(rawPath).isPresent() ? rawPath.substring(0, rawPath.lastIndexOf('/') + 1) : rawPath;
    }

    /** The month whose file {@code rawPath} names ({@code .../2013-November.txt.gz}, {@code .../2014-09.mail}). */
    static Optional<YearMonth> monthOfFile(String rawPath) {
        return Optional.ofNullable(month(rawPath.substring(rawPath.lastIndexOf('/') + 1)));
    }

    /** The list's name: the last segment of the index's folder, or null when there is none. */
    static String listName(URI indexUri) {
        String path = indexUri.getPath();
        String folder = path.substring(0, path.lastIndexOf('/'));
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        return name.isEmpty() ? null : name;
    }

    /**
     * The monthly archives an index page links to on its own host, oldest first, one per month: the gzip'd file when
     * offered, else the plain text or the mbox.
     */
    static List<MonthlyArchive> monthlyArchives(Document page, URI indexUri) {
        Map<YearMonth, MonthlyArchive> byMonth = new LinkedHashMap<>();
        for (URI uri : PageLinks.onItsServer(page, indexUri)) {
            monthOfFile(uri.getRawPath()).ifPresent(month -> {
                MonthlyArchive known = byMonth.get(month);
                if (known == null || (gzipped(uri) && !gzipped(known.uri()))) {
                    byMonth.put(month, new MonthlyArchive(month, uri));
                }
            });
        }
        List<MonthlyArchive> months = new ArrayList<>(byMonth.values());
        months.sort(Comparator.comparing(MonthlyArchive::month));
        return months;
    }

    /** The month a file holds, by its name; null for a name no month's file has. */
    private static YearMonth month(String fileName) {
        Matcher text = MONTHLY_ARCHIVE.matcher(fileName);
        if (text.matches()) {
            Month month = monthNamed(text.group(2));
            return month == null ? null : YearMonth.of(Integer.parseInt(text.group(1)), month);
        }
        Matcher mbox = MONTHLY_MBOX.matcher(fileName);
        if (mbox.matches()) {
            int month = Integer.parseInt(mbox.group(2));
            return month < 1 || month > 12 ? null : YearMonth.of(Integer.parseInt(mbox.group(1)), month);
        }
        return null;
    }

    private static boolean gzipped(URI uri) {
        return uri.getPath().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static Month monthNamed(String name) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return month;
            }
        }
        return null;
    }
}
