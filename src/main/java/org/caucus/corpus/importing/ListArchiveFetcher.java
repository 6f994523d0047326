package org.caucus.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a list's archive straight from the web, month by month. Three kinds of archive are known:
 *
 * <ul>
 *   <li>Mailman 2's pipermail: given the list's archive address, such as {@code
 *       https://mail.python.org/pipermail/python-dev/}, the index page links to the monthly text archives ({@code
 *       2013-November.txt.gz}, or {@code 2013-November.txt} when no gzip'd file is offered); the list name is the last
 *       segment of the address.
 *   <li>A folder of monthly mbox files, such as the IETF's {@code https://www.ietf.org/mail-archive/text/ianaplan/}
 *       ({@code 2014-09.mail}); a page of one list at {@code mailarchive.ietf.org} leads there ({@link
 *       IetfMailArchive}). The list name is the folder's.
 *   <li>Mailman 3's HyperKitty: given any page of the list's archive, such as {@code
 *       https://mail.python.org/archives/list/twisted@python.org/}, its overview links to the months that hold mail,
 *       and each month is downloaded as a gzip'd mbox ({@link HyperkittyListPage}); the list name is the part of the
 *       list's address before the @.
 * </ul>
 *
 * <p>The chosen months are downloaded one at a time to a temporary file, within a size bound and a deadline, and each
 * is read with {@link MailSources}. Every position and message names the month's URL.
 *
 * <p>As with {@link MailSources}, nothing here throws because of what the server sends: an address that is not http(s),
 * an index that cannot be fetched or offers no monthly archives, becomes one {@link ReadOutcome.Refused} naming the
 * address; a month that cannot be downloaded becomes a {@link ReadOutcome.Refused} naming its URL and the reason (the
 * HTTP status, the timeout or the size bound), and the other months go on.
 *
 * <p>Only archive links on the index's own host are followed. Quarterly, weekly and yearly pipermail archives are not
 * recognised.
 */
public final class ListArchiveFetcher implements AutoCloseable {

    /**
     * The bounds of a fetch.
     *
     * @param connectTimeout how long to wait for a connection (used only when this class builds its own client)
     * @param responseTimeout how long to wait for the status line and headers of each answer
     * @param downloadTimeout how long one whole download (the index, or one month) may take
     * @param maxIndexBytes the largest index page accepted
     * @param maxMonthBytes the largest monthly archive accepted, as downloaded (compressed for {@code .txt.gz})
     */
    public record Limits(
            Duration connectTimeout,
            Duration responseTimeout,
            Duration downloadTimeout,
            long maxIndexBytes,
            long maxMonthBytes) {

        /**
         * 15 s to connect, 30 s to answer, 5 min per download, 8 MiB per index, 256 MiB per month (twisted-python's
         * largest month is under 1 MB gzip'd).
         */
        public static final Limits DEFAULTS =
                new Limits(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(5), 8L << 20, 256L << 20);

        public Limits {
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(responseTimeout, "responseTimeout");
            requirePositive(downloadTimeout, "downloadTimeout");
            if (maxIndexBytes <= 0 || maxMonthBytes <= 0) {
                throw new IllegalArgumentException("size bounds must be positive");
            }
        }

        private static void requirePositive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration");
            }
        }
    }

    /** A month the index offers, and where to download it. */
    public record MonthlyArchive(YearMonth month, URI uri) {}

    /**
     * A list's index page as read.
     *
     * @param uri the index's address as finally answered (after redirects)
     * @param listName the list's name as its kind of archive gives it (see above), or null when the address gives none
     * @param months the monthly archives offered, oldest first, one per month
     */
    public record ListIndex(URI uri, String listName, List<MonthlyArchive> months) {

        public ListIndex {
            months = List.copyOf(months);
        }
    }

    /** Why a list or a month could not be fetched; the message names the address and says why. */
    public static final class FetchException extends Exception {

        public FetchException(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final boolean ownsClient;
    private final HttpDownloads downloads;
    private final MailSources sources;
    private final Limits limits;

    /** A fetcher with the default bounds, reading with a default {@link MailSources}. */
    public ListArchiveFetcher() {
        this(new MailSources(), Limits.DEFAULTS);
    }

    /** A fetcher with its own HTTP client (following redirects, except from https to http), closed by {@link #close}. */
    public ListArchiveFetcher(MailSources sources, Limits limits) {
        this(
                HttpClient.newBuilder()
                        .connectTimeout(limits.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build(),
                true,
                sources,
                limits);
    }

    /** A fetcher using the caller's HTTP client, which {@link #close} leaves open. */
    public ListArchiveFetcher(HttpClient client, MailSources sources, Limits limits) {
        this(client, false, sources, limits);
    }

    private ListArchiveFetcher(HttpClient client, boolean ownsClient, MailSources sources, Limits limits) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownsClient = ownsClient;
        this.downloads = new HttpDownloads(client, Objects.requireNonNull(limits, "limits"));
        this.sources = Objects.requireNonNull(sources, "sources");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads every month the list offers. */
    public void read(String listUrl, Consumer<? super ReadOutcome> sink) {
        read(listUrl, null, null, sink);
    }

    /** Reads the months of a list from {@code from} to {@code to}; see the overload that counts them. */
    public void read(String listUrl, YearMonth from, YearMonth to, Consumer<? super ReadOutcome> sink) {
        read(listUrl, from, to, chosen -> {}, sink);
    }

    /**
     * Reads the months of a list from {@code from} to {@code to}, both included, oldest first, handing each outcome to
     * {@code sink} as it is read. Months outside the range are not downloaded.
     *
     * @param listUrl the list's archive address, {@code https://host/pipermail/list/} (the trailing slash may be left
     *     out; an {@code index.html} at the end is accepted), or any page of a HyperKitty list's archive
     * @param from the first month to read, or null for the oldest offered (or the month whose file the address names)
     * @param to the last month to read, or null for the newest offered (or the month whose file the address names)
     * @param monthsChosen told how many months will be downloaded once the index is read, before the first of them,
     *     so that progress can be measured against it
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public void read(
            String listUrl,
            YearMonth from,
            YearMonth to,
            IntConsumer monthsChosen,
            Consumer<? super ReadOutcome> sink) {
        Objects.requireNonNull(sink, "sink");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the month range starts (" + from + ") after it ends (" + to + ")");
        }
        // The address of one month's file asks for that month, unless a range is given.
        Optional<YearMonth> fileMonth =
                from == null && to == null ? ListArchiveAddress.monthFileNamed(listUrl) : Optional.empty();
        YearMonth first = fileMonth.orElse(from);
        YearMonth last = fileMonth.orElse(to);
        String given = ListArchiveAddress.withoutUserInfo(listUrl == null ? "" : listUrl.strip());
        ListIndex index;
        try {
            index = index(listUrl);
        } catch (FetchException e) {
            sink.accept(new ReadOutcome.Refused(SourcePosition.wholeFile(given), e.getMessage()));
            return;
        }
        List<MonthlyArchive> chosen = index.months().stream()
                .filter(m -> (first == null || !m.month().isBefore(first))
                        && (last == null || !m.month().isAfter(last)))
                .toList();
        if (chosen.isEmpty()) {
            List<MonthlyArchive> offered = index.months();
            sink.accept(new ReadOutcome.Refused(
                    SourcePosition.wholeFile(given),
                    given + ": no monthly archive " + describe(first, last) + "; the index offers "
                            + offered.getFirst().month() + " to "
                            + offered.getLast().month()));
            return;
        }
        monthsChosen.accept(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            String name = chosen.get(i).uri().toString();
            Path file;
            try {
                file = downloadMonth(chosen.get(i).uri(), index.uri());
            } catch (FetchException e) {
                sink.accept(new ReadOutcome.Refused(SourcePosition.wholeFile(name), e.getMessage()));
                if (Thread.currentThread().isInterrupted()) {
                    for (MonthlyArchive skipped : chosen.subList(i + 1, chosen.size())) {
                        String skippedName = skipped.uri().toString();
                        sink.accept(new ReadOutcome.Refused(
                                SourcePosition.wholeFile(skippedName),
                                skippedName + ": not downloaded: the import was interrupted"));
                    }
                    return;
                }
                continue;
            }
            try {
                sources.read(file, name, index.listName(), sink);
            } finally {
                HttpDownloads.delete(file);
            }
        }
    }

    /**
     * Fetches a list's index page and lists the monthly archives it offers. Given a list's information page instead,
     * it reads the archive that page links to.
     *
     * @throws FetchException when the address is not an http(s) URL, the index cannot be fetched, or it offers no
     *     monthly archives; the message names the address
     */
    public ListIndex index(String listUrl) throws FetchException {
        URI indexUri = ListArchiveAddress.indexUri(listUrl);
        ReadPage page = readPage(indexUri);
        if (page.index().months().isEmpty() && page.archiveLinked().isPresent()) {
            // A list's information page was given: its archive is one link away.
            page = readPage(page.archiveLinked().get());
        }
        if (page.index().months().isEmpty() && page.asksToSignIn()) {
            throw new FetchException(indexUri + ": the archive asks for a password (answered at "
                    + ListArchiveAddress.withoutUserInfo(page.index().uri().toString())
                    + "); Caucus reads public archives only. Download its months as a member, and import the files.");
        }
        if (page.index().months().isEmpty()) {
            throw new FetchException(indexUri
                    + ": the page offers no monthly archives (a pipermail index links to months such as"
                    + " 2013-November.txt.gz, the IETF's text archive to 2013-11.mail, a HyperKitty archive to"
                    + " 2013/11/); is it the archive of a mailing list?");
        }
        return page.index();
    }

    /**
     * A page as read: the months it offers, maybe none, the one archive it links to, if any, and whether it asks for a
     * password, as a private list's archive answers.
     */
    private record ReadPage(ListIndex index, Optional<URI> archiveLinked, boolean asksToSignIn) {}

    private ReadPage readPage(URI uri) throws FetchException {
        Path file = null;
        try {
            HttpDownloads.Downloaded page = downloads.download(uri, limits.maxIndexBytes(), "-index.html");
            file = page.file();
            URI answered = page.finalUri();
            Document document;
            try {
                document = Jsoup.parse(file.toFile(), null, answered.toString());
            } catch (IOException e) {
                throw new FetchException(uri + ": the index page could not be read (" + e.getMessage() + ")");
            }
            Optional<URI> hyperkitty = HyperkittyListPage.listAddress(answered);
            ListIndex index = hyperkitty.isPresent()
                    ? new ListIndex(
                            answered,
                            HyperkittyListPage.listName(hyperkitty.get()),
                            HyperkittyListPage.monthlyArchives(document, hyperkitty.get()))
                    : new ListIndex(
                            answered,
                            MonthFilesIndexPage.listName(uri),
                            MonthFilesIndexPage.monthlyArchives(document, answered));
            return new ReadPage(
                    index,
                    ListInfoPage.archiveLinked(document, answered).filter(archive -> !archive.equals(answered)),
                    !document.select("input[type=password]").isEmpty());
        } finally {
            if (file != null) {
                HttpDownloads.delete(file);
            }
        }
    }

    /** Closes the HTTP client when this fetcher built it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    /**
     * Downloads a month's archive from the index's own server. A server answering a missing month with a web page
     * (an error or a login page, with status 200) has sent no archive: read as a saved page, it would be skipped.
     */
    private Path downloadMonth(URI uri, URI indexUri) throws FetchException {
        HttpDownloads.Downloaded month = downloads.download(uri, limits.maxMonthBytes(), "-month.txt");
        String problem = null;
        if (!PageLinks.sameServer(month.finalUri(), indexUri)) {
            problem = "the server sent it on to "
                    + ListArchiveAddress.withoutUserInfo(month.finalUri().toString()) + ", on another server; not read";
        } else if (FormatSniffer.sniff(uri.toString(), head(month.file())).format()
                == FormatSniffer.MailFormat.PIPERMAIL_HTML) {
            problem = "the server answered with a web page, not the month's archive";
        }
        if (problem != null) {
            HttpDownloads.delete(month.file());
            throw new FetchException(uri + ": " + problem);
        }
        return month.file();
    }

    private static byte[] head(Path file) throws FetchException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FormatSniffer.HEAD_BYTES);
        } catch (IOException e) {
            throw new FetchException(file + ": the download could not be read back (" + e.getMessage() + ")");
        }
    }

    private static String describe(YearMonth from, YearMonth to) {
        if (from == null && to == null) {
            return "offered";
        }
        if (from == null) {
            return "up to " + to;
        }
        if (to == null) {
            return "from " + from + " on";
        }
        return "from " + from + " to " + to;
    }
}
