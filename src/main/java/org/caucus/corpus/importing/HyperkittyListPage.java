package org.caucus.corpus.importing;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caucus.corpus.importing.ListArchiveFetcher.MonthlyArchive;
import org.jsoup.nodes.Document;

/**
 * What a Mailman 3 list's archive (HyperKitty) offers. Its pages live under the list's address, such as {@code
 * https://mail.python.org/archives/list/twisted@python.org/}; the overview there links to each month that holds mail
 * ({@code .../2022/1/}), and any span of the list can be downloaded as a gzip'd mbox from {@code
 * .../export/NAME.mbox.gz?start=2022-01-01&end=2022-02-01} (the end excluded, both days in UTC).
 */
final class HyperkittyListPage {

    // The list's address: everything up to ".../list/name@domain/". Django's links may write the @ as %40.
    private static final Pattern LIST_ADDRESS = Pattern.compile("^(.*/list/([^/@%]+)(?:@|%40)([^/@]+))(?:/.*)?$");
    private static final Pattern MONTH_PAGE = Pattern.compile("^(\\d{4})/(\\d{1,2})/?$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private HyperkittyListPage() {}

    /**
     * The list's archive address when {@code uri} is one of its pages (its overview, a month, a thread), ending with
     * a slash; empty when it is no HyperKitty address.
     */
    static Optional<URI> listAddress(URI uri) {
        if (uri.getRawPath() == null) {
            return Optional.empty();
        }
        Matcher matcher = LIST_ADDRESS.matcher(uri.getRawPath());
        return matcher.matches() ? Optional.of(uri.resolve(matcher.group(1) + "/")) : Optional.empty();
    }

    /** The list's name: the part of its address before the @ ("twisted" for twisted@python.org). */
    static String listName(URI listAddress) {
        return parts(listAddress).group(2);
    }

    /**
     * The months an archive page links to, oldest first, each as the download of that month's mail; empty when the
     * page links to none (it is no overview of a HyperKitty list).
     */
    static List<MonthlyArchive> monthlyArchives(Document page, URI listAddress) {
        TreeMap<YearMonth, MonthlyArchive> byMonth = new TreeMap<>();
        for (URI link : PageLinks.onItsServer(page, listAddress)) {
            monthLinked(link, listAddress)
                    .ifPresent(month -> byMonth.put(month, new MonthlyArchive(month, download(listAddress, month))));
        }
        return new ArrayList<>(byMonth.values());
    }

    /** The address that sends a month's mail as a gzip'd mbox: from its first day to the next month's, in UTC. */
    static URI download(URI listAddress, YearMonth month) {
        Matcher address = parts(listAddress);
        String fullName = address.group(2) + "@" + address.group(3);
        return listAddress.resolve("export/" + fullName + "-" + month + ".mbox.gz?start="
                + month.atDay(1).format(DAY) + "&end="
                + month.plusMonths(1).atDay(1).format(DAY));
    }

    /** The parts of a list's address, as {@link #listAddress} gave it: the name before the @ and the host after. */
    private static Matcher parts(URI listAddress) {
        Matcher matcher = LIST_ADDRESS.matcher(listAddress.getRawPath());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(listAddress + " is no HyperKitty list's address");
        }
        return matcher;
    }

    private static Optional<YearMonth> monthLinked(URI uri, URI listAddress) {
        String base = withAtSign(listAddress.getRawPath());
        String path = withAtSign(uri.getRawPath());
        if (!path.startsWith(base)) {
            return Optional.empty();
        }
        Matcher matcher = MONTH_PAGE.matcher(path.substring(base.length()));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(matcher.group(2));
        return month < 1 || month > 12
                ? Optional.empty()
                : Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), month));
    }

    private static String withAtSign(String rawPath) {
        return rawPath.replace("%40", "@");
    }
}
