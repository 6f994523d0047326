package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fetches a pipermail list from a local HTTP server on loopback that serves an index page written here and the monthly
 * archives of {@code ../shared/corpora/twisted-python} (or of the folder named by the system property {@code
 * caucus.corpora}); the tests that need the corpus are skipped with a message when it is absent.
 */
class ListArchiveFetcherTest {

    private static final String LIST_PATH = "/pipermail/twisted-python/";

    private static final ListArchiveFetcher.Limits TEST_LIMITS = new ListArchiveFetcher.Limits(
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(30), 1L << 20, 16L << 20);

    /** What the server answers for a path: a status and a body, or nothing (404). */
    private record Answer(int status, byte[] body, boolean chunked, boolean hang) {}

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, String> queries = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    private ExecutorService executor;
    private HttpServer server;
    private ListArchiveFetcher sut;

    @BeforeEach
    void start_the_server() throws IOException {
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
        sut = new ListArchiveFetcher(new MailSources(), TEST_LIMITS);
    }

    @AfterEach
    void stop_the_server() throws InterruptedException {
        release.countDown();
        sut.close();
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void a_range_of_three_months_gives_the_same_messages_as_reading_those_files_directly() throws IOException {
        Path list = CorpusReadingTest.corpora().resolve("twisted-python");
        serveIndex(
                "2013-September.txt.gz",
                "2013-October.txt.gz",
                "2013-November.txt.gz",
                "2013-December.txt.gz",
                "2014-January.txt.gz");
        serveMonths(
                list,
                "2013-September.txt.gz",
                "2013-October.txt.gz",
                "2013-November.txt.gz",
                "2013-December.txt.gz",
                "2014-January.txt.gz");
        List<ReadOutcome> direct = new ArrayList<>();
        MailSources sources = new MailSources();
        for (String month : List.of("2013-October.txt.gz", "2013-November.txt.gz", "2013-December.txt.gz")) {
            sources.read(list.resolve(month), direct::add);
        }

        List<ReadOutcome> fetched = new ArrayList<>();
        sut.read(listUrl(), YearMonth.of(2013, 10), YearMonth.of(2013, 12), fetched::add);

        assertThat(direct).as("messages read directly from the three files").hasSizeGreaterThan(100);
        assertThat(fetched.stream().map(ListArchiveFetcherTest::fingerprintByFileName))
                .as("the fetched outcomes, with each month's URL put back as its file name")
                .containsExactlyElementsOf(
                        direct.stream().map(ListArchiveFetcherTest::fingerprint).toList());
        assertThat(fetched.stream().map(o -> o.position().sourceName()).distinct())
                .as("the source names of the fetched messages: the months' URLs, oldest first")
                .containsExactly(
                        monthUrl("2013-October.txt.gz"),
                        monthUrl("2013-November.txt.gz"),
                        monthUrl("2013-December.txt.gz"));
        assertThat(fetched.get(0).position().toString())
                .as("a position names the month's URL")
                .isEqualTo(monthUrl("2013-October.txt.gz") + ", message 1");
    }

    @Test
    void months_outside_the_range_are_not_downloaded() throws IOException {
        Path list = CorpusReadingTest.corpora().resolve("twisted-python");
        List<String> months = List.of(
                "2013-September.txt.gz",
                "2013-October.txt.gz",
                "2013-November.txt.gz",
                "2013-December.txt.gz",
                "2014-January.txt.gz");
        serveIndex(months.toArray(String[]::new));
        serveMonths(list, months.toArray(String[]::new));

        sut.read(listUrl(), YearMonth.of(2013, 10), YearMonth.of(2013, 12), outcome -> {});

        assertThat(requests)
                .as("requests per path")
                .containsOnlyKeys(
                        LIST_PATH,
                        LIST_PATH + "2013-October.txt.gz",
                        LIST_PATH + "2013-November.txt.gz",
                        LIST_PATH + "2013-December.txt.gz");
        assertThat(requests.values().stream().map(AtomicInteger::get))
                .as("requests made for each path fetched")
                .containsOnly(1);
    }

    @Test
    void how_many_months_are_chosen_is_told_before_the_first_is_downloaded() throws IOException {
        Path list = CorpusReadingTest.corpora().resolve("twisted-python");
        String[] months = {"2013-September.txt.gz", "2013-October.txt.gz", "2013-November.txt.gz"};
        serveIndex(months);
        serveMonths(list, months);
        List<String> told = new ArrayList<>();

        sut.read(
                listUrl(),
                YearMonth.of(2013, 10),
                null,
                chosen -> told.add(chosen + " months chosen after " + requests.keySet()),
                outcome -> {});

        assertThat(told).as("what was told, and when").containsExactly("2 months chosen after [" + LIST_PATH + "]");
    }

    @Test
    void a_month_answering_404_is_refused_with_its_url_and_status_while_the_other_months_are_read() throws IOException {
        Path list = CorpusReadingTest.corpora().resolve("twisted-python");
        serveIndex("2013-October.txt.gz", "2013-November.txt.gz", "2013-December.txt.gz");
        serveMonths(list, "2013-October.txt.gz", "2013-December.txt.gz");

        List<ReadOutcome> fetched = new ArrayList<>();
        sut.read(listUrl(), null, null, fetched::add);

        assertThat(fetched.stream().filter(o -> !(o instanceof ReadOutcome.Read)))
                .as("outcomes other than messages")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile(monthUrl("2013-November.txt.gz")),
                        monthUrl("2013-November.txt.gz")
                                + ": could not be downloaded: the server answered HTTP status 404"));
        assertThat(fetched.stream()
                        .filter(ReadOutcome.Read.class::isInstance)
                        .map(o -> o.position().sourceName())
                        .distinct())
                .as("the months read")
                .containsExactly(monthUrl("2013-October.txt.gz"), monthUrl("2013-December.txt.gz"));
        assertThat(fetched.stream().filter(ReadOutcome.Read.class::isInstance))
                .as("messages read from the two other months")
                .hasSize((int) (separatorLines(list.resolve("2013-October.txt.gz"))
                        + separatorLines(list.resolve("2013-December.txt.gz"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/pipermail/list/", "file:///tmp/pipermail/list/", "example.org/list/"})
    void a_url_that_is_not_http_or_https_is_refused_naming_it(String url) {
        List<ReadOutcome> fetched = new ArrayList<>();

        sut.read(url, null, null, fetched::add);

        assertThat(fetched)
                .as("what reading " + url + " gives")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile(url),
                        url + ": not an http or https URL; a list's archive is read from an address such as"
                                + " https://host/pipermail/list/ or https://host/archives/list/list@host/"));
        assertThat(requests).as("requests made").isEmpty();
    }

    @Test
    void text_that_is_not_a_url_at_all_is_refused_naming_it() {
        List<ReadOutcome> fetched = new ArrayList<>();

        sut.read("http://exa mple.org/list/", null, null, fetched::add);

        assertThat(fetched)
                .as("what reading a URL with a space gives")
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .as("the reason")
                                .startsWith("http://exa mple.org/list/: not a valid URL"));
    }

    @Test
    void an_index_without_monthly_archives_is_refused_naming_the_url() {
        serve(
                LIST_PATH,
                200,
                html("<h1>Welcome</h1><p><a href=\"../../listinfo/twisted-python\">list info</a>"
                        + " <a href=\"2013-November/thread.html\">[ Thread ]</a>"
                        + " <a href=\"2013-November.mbox\">mbox</a>"
                        + " <a href=\"http://elsewhere.example/pipermail/x/2013-November.txt.gz\">elsewhere</a>"));
        List<ReadOutcome> fetched = new ArrayList<>();

        sut.read(listUrl(), null, null, fetched::add);

        assertThat(fetched)
                .as("what reading an index without monthly archives gives")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile(listUrl()),
                        listUrl()
                                + ": the page offers no monthly archives (a pipermail index links to months such as"
                                + " 2013-November.txt.gz, the IETF's text archive to 2013-11.mail, a HyperKitty"
                                + " archive to 2013/11/); is it the archive of a mailing list?"));
        assertThat(requests).as("requests made: the index only").containsOnlyKeys(LIST_PATH);
    }

    @Test
    void a_private_archive_that_asks_for_a_password_is_refused_saying_so() {
        redirects.put("/pipermail/secret/", "/mailman/private/secret/");
        serve(
                "/mailman/private/secret/",
                200,
                html("<h1>Secret Private Archives Authentication</h1><form method=\"post\">Email address: <input"
                        + " type=\"text\" name=\"username\"> Password: <input type=\"password\" name=\"password\">"
                        + " <input type=\"submit\" value=\"Let me in...\"></form>"));
        String host = "http://127.0.0.1:" + server.getAddress().getPort();

        assertThatThrownBy(() -> sut.index(host + "/pipermail/secret/"))
                .as("reading a private archive")
                .isInstanceOf(ListArchiveFetcher.FetchException.class)
                .hasMessage(host + "/pipermail/secret/: the archive asks for a password (answered at " + host
                        + "/mailman/private/secret/); Caucus reads public archives only. Download its months as a"
                        + " member, and import the files.");
    }

    @Test
    void a_list_information_page_that_links_to_a_private_archive_is_refused_as_asking_for_a_password() {
        serve(
                "/mailman/listinfo/secret/",
                200,
                html("<p>To see the collection of prior postings to the list, visit the <a"
                        + " href=\"/mailman/private/secret/\">Secret Archives</a>. (The current archive is only"
                        + " available to the list members.)"));
        serve(
                "/mailman/private/secret/",
                200,
                html("<form method=\"post\">Password: <input type=\"password\" name=\"password\"></form>"));
        String host = "http://127.0.0.1:" + server.getAddress().getPort();

        assertThatThrownBy(() -> sut.index(host + "/mailman/listinfo/secret"))
                .as("reading the information page of a list whose archive is private")
                .isInstanceOf(ListArchiveFetcher.FetchException.class)
                .hasMessageContaining(
                        "the archive asks for a password (answered at " + host + "/mailman/private/secret/)");
    }

    @Test
    void an_index_answering_an_error_is_refused_with_its_url_and_status() {
        serve(LIST_PATH, 503, "down for maintenance".getBytes(StandardCharsets.US_ASCII));
        List<ReadOutcome> fetched = new ArrayList<>();

        sut.read(listUrl(), null, null, fetched::add);

        assertThat(fetched)
                .as("what reading an index that answers 503 gives")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile(listUrl()),
                        listUrl() + ": could not be downloaded: the server answered HTTP status 503"));
    }

    @Test
    void the_index_lists_one_archive_per_month_oldest_first_preferring_gzip_and_names_the_list_after_the_url()
            throws ListArchiveFetcher.FetchException {
        serveIndex("2013-November.txt", "2013-November.txt.gz", "2013-October.txt", "2013-December.txt.gz");

        ListArchiveFetcher.ListIndex index =
                sut.index(listUrl().substring(0, listUrl().length() - 1));

        assertThat(index.listName()).as("the list name").isEqualTo("twisted-python");
        assertThat(index.uri()).as("the index address, with its slash").isEqualTo(URI.create(listUrl()));
        assertThat(index.months())
                .as("the monthly archives")
                .containsExactly(
                        new ListArchiveFetcher.MonthlyArchive(
                                YearMonth.of(2013, 10), URI.create(monthUrl("2013-October.txt"))),
                        new ListArchiveFetcher.MonthlyArchive(
                                YearMonth.of(2013, 11), URI.create(monthUrl("2013-November.txt.gz"))),
                        new ListArchiveFetcher.MonthlyArchive(
                                YearMonth.of(2013, 12), URI.create(monthUrl("2013-December.txt.gz"))));
    }

    @Test
    void a_message_page_of_the_archive_leads_to_its_index() throws ListArchiveFetcher.FetchException {
        serveIndex("2013-October.txt.gz", "2013-November.txt.gz");

        ListArchiveFetcher.ListIndex index = sut.index(listUrl() + "2013-November/000123.html");

        assertThat(requests).as("requests made: the index only").containsOnlyKeys(LIST_PATH);
        assertThat(index.months())
                .as("the months")
                .extracting(ListArchiveFetcher.MonthlyArchive::month)
                .containsExactly(YearMonth.of(2013, 10), YearMonth.of(2013, 11));
    }

    @Test
    void the_address_of_one_month_file_reads_that_month_unless_a_range_is_given() {
        serveIndex("2013-October.txt", "2013-November.txt", "2013-December.txt");
        serve(LIST_PATH + "2013-October.txt", 200, smallMonth("october"));
        serve(LIST_PATH + "2013-November.txt", 200, smallMonth("november"));
        serve(LIST_PATH + "2013-December.txt", 200, smallMonth("december"));

        List<ReadOutcome> named = new ArrayList<>();
        sut.read(monthUrl("2013-November.txt"), null, null, named::add);
        List<ReadOutcome> ranged = new ArrayList<>();
        sut.read(monthUrl("2013-November.txt"), YearMonth.of(2013, 11), null, ranged::add);

        assertThat(named.stream().map(o -> ((ReadOutcome.Read) o).message().body()))
                .as("what the month's address alone reads")
                .containsExactly("Hello from november.");
        assertThat(ranged.stream().map(o -> ((ReadOutcome.Read) o).message().body()))
                .as("what it reads with a range from November on")
                .containsExactly("Hello from november.", "Hello from december.");
        assertThat(requests).as("requests made").doesNotContainKey(LIST_PATH + "2013-October.txt");
    }

    @Test
    void a_list_information_page_leads_to_the_archive_it_links_to() throws ListArchiveFetcher.FetchException {
        serveIndex("2013-October.txt.gz", "2013-November.txt.gz");
        serve(
                "/mailman/listinfo/twisted-python/",
                200,
                html("<h1>Twisted-Python -- Twisted general discussion</h1><p>To see the collection of prior postings"
                        + " to the list, visit the <a href=\"/pipermail/twisted-python\">Twisted-Python Archives</a>."
                        + " <a href=\"/mailman/admin/twisted-python\">administrative interface</a>"
                        + " <a href=\"https://twistedmatrix.com/\">Twisted</a>"));

        ListArchiveFetcher.ListIndex index =
                sut.index("http://127.0.0.1:" + server.getAddress().getPort() + "/mailman/listinfo/twisted-python");

        assertThat(index.uri()).as("the index read").isEqualTo(URI.create(listUrl()));
        assertThat(index.listName()).as("the list name").isEqualTo("twisted-python");
        assertThat(index.months()).as("the months it offers").hasSize(2);
    }

    @Test
    void a_page_linking_to_the_archives_of_several_lists_is_refused_as_no_archive() {
        serve(
                "/pipermail/",
                200,
                html("<a href=\"twisted-python/\">Twisted-Python</a> <a href=\"twisted-web/\">Twisted-Web</a>"));
        String lists = "http://127.0.0.1:" + server.getAddress().getPort() + "/pipermail/";

        assertThatThrownBy(() -> sut.index(lists))
                .as("reading a server's list of archives")
                .isInstanceOf(ListArchiveFetcher.FetchException.class)
                .hasMessageStartingWith(lists + ": the page offers no monthly archives");
        assertThat(requests).as("requests made: that page only").containsOnlyKeys("/pipermail/");
    }

    @Test
    void a_folder_of_monthly_mbox_files_gives_the_same_messages_as_the_file()
            throws IOException, ListArchiveFetcher.FetchException {
        Path file = CorpusReadingTest.corpora().resolve("misc/ietf-ancp-2010-03.mbox");
        String folder = "/mail-archive/text/ancp/";
        serve(
                folder,
                200,
                html("<h1>Index of " + folder + "</h1><pre><a href=\"?C=N;O=D\">Name</a> <a href=\"?C=M;O=A\">Last"
                        + " modified</a>\n<a href=\"/mail-archive/text/\">Parent Directory</a>\n<a"
                        + " href=\"2010-02.mail\">2010-02.mail</a> 01-Mar-2010 00:05 41K\n<a"
                        + " href=\"2010-03.mail\">2010-03.mail</a> 01-Apr-2010 00:05 98K\n<a"
                        + " href=\"2010-13.mail\">2010-13.mail</a></pre>"));
        serve(folder + "2010-03.mail", 200, Files.readAllBytes(file));
        String address = "http://127.0.0.1:" + server.getAddress().getPort() + folder;
        List<ReadOutcome> direct = new ArrayList<>();
        new MailSources().read(file, "2010-03.mail", "ancp", direct::add);

        ListArchiveFetcher.ListIndex index = sut.index(address);
        List<ReadOutcome> fetched = new ArrayList<>();
        sut.read(address, YearMonth.of(2010, 3), null, fetched::add);

        assertThat(index.listName()).as("the list name: the folder's").isEqualTo("ancp");
        assertThat(index.months())
                .as("the months offered")
                .extracting(ListArchiveFetcher.MonthlyArchive::month)
                .containsExactly(YearMonth.of(2010, 2), YearMonth.of(2010, 3));
        assertThat(direct).as("messages read from the file").hasSizeGreaterThan(30);
        assertThat(fetched.stream().map(ListArchiveFetcherTest::fingerprintByFileName))
                .as("the fetched outcomes, with the month's URL put back as its file name")
                .containsExactlyElementsOf(
                        direct.stream().map(ListArchiveFetcherTest::fingerprint).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://mailarchive.ietf.org/arch/browse/ianaplan/",
                "https://mailarchive.ietf.org/arch/browse/ianaplan/?gbt=1&index=abc",
                "https://mailarchive.ietf.org/arch/msg/ianaplan/X4rtAv5zXGHq3n7HDA3B8xKpPQA/",
                "https://mailarchive.ietf.org/arch/search/?q=transition&email_list=ianaplan"
            })
    void a_page_of_one_list_at_the_ietf_mail_archive_leads_to_its_folder_of_mbox_files(String page)
            throws ListArchiveFetcher.FetchException {
        assertThat(ListArchiveAddress.indexUri(page))
                .as("the index read for " + page)
                .isEqualTo(URI.create("https://www.ietf.org/mail-archive/text/ianaplan/"));
    }

    @Test
    void a_page_of_the_ietf_mail_archive_naming_no_list_is_read_as_it_is() throws ListArchiveFetcher.FetchException {
        assertThat(ListArchiveAddress.indexUri("https://mailarchive.ietf.org/arch/search/?q=transition"))
                .as("the index read for a search of every list")
                .isEqualTo(URI.create("https://mailarchive.ietf.org/arch/search/?q=transition"));
    }

    @Test
    void a_month_offered_only_as_plain_text_is_read_from_the_text() throws IOException {
        Path list = CorpusReadingTest.corpora().resolve("twisted-python");
        serveIndex("2013-October.txt");
        serve(LIST_PATH + "2013-October.txt", 200, gunzip(list.resolve("2013-October.txt.gz")));
        List<ReadOutcome> fetched = new ArrayList<>();

        sut.read(listUrl(), fetched::add);

        assertThat(fetched)
                .as("messages read from the plain text month")
                .hasSize((int) separatorLines(list.resolve("2013-October.txt.gz")))
                .allMatch(ReadOutcome.Read.class::isInstance, "is a message")
                .allMatch(o -> o.position().sourceName().equals(monthUrl("2013-October.txt")), "names the URL");
    }

    @ParameterizedTest(name = "sent chunked: {0}")
    @ValueSource(booleans = {true, false})
    void a_month_larger_than_the_size_bound_is_refused_and_the_other_months_are_read(boolean chunked)
            throws IOException {
        Path list = CorpusReadingTest.corpora().resolve("twisted-python");
        sut = new ListArchiveFetcher(
                new MailSources(),
                new ListArchiveFetcher.Limits(
                        Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(30), 1L << 20, 1L << 20));
        serveIndex("2013-October.txt.gz", "2013-November.txt.gz", "2013-December.txt.gz");
        serveMonths(list, "2013-October.txt.gz", "2013-December.txt.gz");
        answers.put(LIST_PATH + "2013-November.txt.gz", new Answer(200, new byte[3 << 20], chunked, false));
        List<ReadOutcome> fetched = new ArrayList<>();

        sut.read(listUrl(), fetched::add);

        assertThat(fetched.stream().filter(o -> !(o instanceof ReadOutcome.Read)))
                .as("outcomes other than messages: the month past the bound")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile(monthUrl("2013-November.txt.gz")),
                        monthUrl("2013-November.txt.gz")
                                + ": could not be downloaded: larger than the limit of 1 MiB"));
        assertThat(fetched.stream().map(o -> o.position().sourceName()).distinct())
                .as("the sources of the outcomes")
                .containsExactly(
                        monthUrl("2013-October.txt.gz"),
                        monthUrl("2013-November.txt.gz"),
                        monthUrl("2013-December.txt.gz"));
    }

    @Test
    void a_month_that_does_not_arrive_in_time_is_refused_and_the_next_month_is_read() throws IOException {
        Path list = CorpusReadingTest.corpora().resolve("twisted-python");
        sut = new ListArchiveFetcher(
                new MailSources(),
                new ListArchiveFetcher.Limits(
                        Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1), 1L << 20, 16L << 20));
        serveIndex("2013-November.txt.gz", "2013-December.txt.gz");
        serveMonths(list, "2013-December.txt.gz");
        answers.put(LIST_PATH + "2013-November.txt.gz", new Answer(200, new byte[4096], true, true));
        List<ReadOutcome> fetched = new ArrayList<>();

        sut.read(listUrl(), fetched::add);

        assertThat(fetched.stream().filter(o -> !(o instanceof ReadOutcome.Read)))
                .as("outcomes other than messages: the month that stalls")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile(monthUrl("2013-November.txt.gz")),
                        monthUrl("2013-November.txt.gz") + ": could not be downloaded: not complete within 1 s"));
        assertThat(fetched.stream().filter(ReadOutcome.Read.class::isInstance))
                .as("messages read from the month after it")
                .hasSize((int) separatorLines(list.resolve("2013-December.txt.gz")));
    }

    @Test
    void a_range_the_index_does_not_offer_is_refused_naming_the_range_and_what_is_offered() {
        serveIndex("2013-October.txt.gz", "2013-November.txt.gz");
        List<ReadOutcome> fetched = new ArrayList<>();

        sut.read(listUrl(), YearMonth.of(2020, 1), YearMonth.of(2020, 3), fetched::add);

        assertThat(fetched)
                .as("what reading a range with no months gives")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile(listUrl()),
                        listUrl()
                                + ": no monthly archive from 2020-01 to 2020-03; the index offers 2013-10 to 2013-11"));
        assertThat(requests).as("requests made: the index only").containsOnlyKeys(LIST_PATH);
    }

    @Test
    void a_range_that_ends_before_it_starts_is_a_programming_error() {
        assertThatThrownBy(() -> sut.read(listUrl(), YearMonth.of(2014, 1), YearMonth.of(2013, 1), o -> {}))
                .as("reading a backwards range")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the month range starts (2014-01) after it ends (2013-01)");
    }

    // The local server.

    @Test
    void a_month_answered_with_a_web_page_or_sent_on_to_another_server_is_refused_by_its_url() throws IOException {
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            try (exchange) {
                byte[] month = smallMonth("elsewhere");
                exchange.sendResponseHeaders(200, month.length);
                exchange.getResponseBody().write(month);
            }
        });
        elsewhere.start();
        try {
            serveIndex("2013-October.txt", "2013-November.txt", "2013-December.txt");
            serve(LIST_PATH + "2013-October.txt", 200, html("<h1>503 Service Unavailable</h1>"));
            redirects.put(
                    LIST_PATH + "2013-November.txt",
                    "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/2013-November.txt");
            serve(LIST_PATH + "2013-December.txt", 200, smallMonth("here"));

            List<ReadOutcome> fetched = new ArrayList<>();
            sut.read(listUrl(), null, null, fetched::add);

            assertThat(fetched.stream().filter(o -> !(o instanceof ReadOutcome.Read)))
                    .as("outcomes other than messages")
                    .containsExactly(
                            new ReadOutcome.Refused(
                                    SourcePosition.wholeFile(monthUrl("2013-October.txt")),
                                    monthUrl("2013-October.txt")
                                            + ": the server answered with a web page, not the month's archive"),
                            new ReadOutcome.Refused(
                                    SourcePosition.wholeFile(monthUrl("2013-November.txt")),
                                    monthUrl("2013-November.txt") + ": the server sent it on to http://127.0.0.1:"
                                            + elsewhere.getAddress().getPort()
                                            + "/2013-November.txt, on another server; not read"));
            assertThat(fetched.stream()
                            .filter(ReadOutcome.Read.class::isInstance)
                            .map(o -> ((ReadOutcome.Read) o).message().body()))
                    .as("the one month read")
                    .containsExactly("Hello from here.");
        } finally {
            elsewhere.stop(0);
        }
    }

    @Test
    void only_links_to_the_index_own_scheme_host_and_port_are_months_of_the_list() {
        URI index = URI.create("http://127.0.0.1:8080" + LIST_PATH);
        Document page = Jsoup.parse(
                "<a href=\"2013-October.txt.gz\">here</a>"
                        + "<a href=\"http://127.0.0.1:9090/pipermail/twisted-python/2013-November.txt.gz\">port</a>"
                        + "<a href=\"https://127.0.0.1:8080/pipermail/twisted-python/2013-December.txt.gz\">scheme</a>"
                        + "<a href=\"http://localhost:8080/pipermail/twisted-python/2014-January.txt.gz\">host</a>",
                index.toString());

        assertThat(MonthFilesIndexPage.monthlyArchives(page, index))
                .as("the months")
                .extracting(ListArchiveFetcher.MonthlyArchive::month)
                .containsExactly(YearMonth.of(2013, 10));
    }

    @Test
    void an_address_with_a_password_in_it_is_refused_without_showing_the_password() {
        String withPassword =
                "http://ann:secret@127.0.0.1:" + server.getAddress().getPort() + LIST_PATH;

        List<ReadOutcome> fetched = new ArrayList<>();
        sut.read(withPassword, null, null, fetched::add);

        assertThat(fetched)
                .as("the refusal")
                .containsExactly(new ReadOutcome.Refused(
                        SourcePosition.wholeFile(listUrl()),
                        listUrl() + ": the URL holds a user name or password, which Caucus does not send (it reads"
                                + " public archives only) and does not keep; give it without them"));
        assertThat(requests).as("requests made").isEmpty();
    }

    @Test
    void a_server_refusing_the_connection_is_named_in_words() {
        List<ReadOutcome> fetched = new ArrayList<>();
        sut.read("http://127.0.0.1:1/pipermail/list/", null, null, fetched::add);

        assertThat(fetched)
                .as("the refusal")
                .singleElement()
                .isInstanceOfSatisfying(
                        ReadOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .endsWith(": could not be downloaded: the server refused or closed the connection"));
    }

    /** A Mailman 3 list's archive, as HyperKitty serves it: an overview linking to months, and mbox downloads. */
    @Nested
    class HyperKitty {

        private static final String LIST = "/archives/list/test@example.org/";

        @Test
        void any_page_of_the_archive_leads_to_the_overview_which_offers_each_month_as_its_mbox_download()
                throws ListArchiveFetcher.FetchException {
            serveOverview();

            ListArchiveFetcher.ListIndex index = sut.index(address(LIST + "2010/3/"));

            assertThat(requests).as("requests made: the overview only").containsOnlyKeys(LIST);
            assertThat(index.uri()).as("the index read").isEqualTo(URI.create(address(LIST)));
            assertThat(index.listName())
                    .as("the list name: the address before the @")
                    .isEqualTo("test");
            assertThat(index.months())
                    .as("the months, oldest first, once each, whichever way the @ is written")
                    .containsExactly(
                            month(YearMonth.of(2009, 12), "2009-12-01", "2010-01-01"),
                            month(YearMonth.of(2010, 2), "2010-02-01", "2010-03-01"),
                            month(YearMonth.of(2010, 3), "2010-03-01", "2010-04-01"));
        }

        @Test
        void a_month_is_downloaded_for_its_days_in_utc_and_read_as_mbox_with_from_lines_left_unquoted()
                throws IOException {
            serveOverview();
            serve(LIST + "export/test@example.org-2010-03.mbox.gz", 200, gzip(MARCH));

            List<ReadOutcome> fetched = new ArrayList<>();
            sut.read(address(LIST), YearMonth.of(2010, 3), YearMonth.of(2010, 3), fetched::add);

            String download = address(LIST) + "export/test@example.org-2010-03.mbox.gz?start=2010-03-01&end=2010-04-01";
            assertThat(queries)
                    .as("what was asked of the server")
                    .containsExactly(Map.entry(
                            LIST + "export/test@example.org-2010-03.mbox.gz", "start=2010-03-01&end=2010-04-01"));
            assertThat(fetched)
                    .as("the month's messages")
                    .hasSize(2)
                    .allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Read.class, read -> {
                        assertThat(read.position().sourceName())
                                .as("the source")
                                .isEqualTo(download);
                        assertThat(read.message().listName()).as("the list").isEqualTo("test");
                    }));
            ParsedMessage reply = ((ReadOutcome.Read) fetched.get(1)).message();
            assertThat(reply.posterName()).as("the second message's poster").isEqualTo("Bob Builder");
            assertThat(reply.inReplyTo()).as("what it replies to").isEqualTo("first@example.org");
            assertThat(reply.body())
                    .as("its body, with a line starting with From kept inside it")
                    .contains("From the docs, the reactor runs once.");
        }

        @Test
        void a_month_the_server_keeps_behind_its_login_page_is_refused_by_its_url() {
            serveOverview();
            serve(LIST + "export/test@example.org-2010-02.mbox.gz", 200, html("<form><h1>Sign in</h1></form>"));

            List<ReadOutcome> fetched = new ArrayList<>();
            sut.read(address(LIST), YearMonth.of(2010, 2), YearMonth.of(2010, 2), fetched::add);

            String download = address(LIST) + "export/test@example.org-2010-02.mbox.gz?start=2010-02-01&end=2010-03-01";
            assertThat(fetched)
                    .as("what reading the month gives")
                    .containsExactly(new ReadOutcome.Refused(
                            SourcePosition.wholeFile(download),
                            download + ": the server answered with a web page, not the month's archive"));
        }

        @Test
        void a_real_month_of_mbox_fetched_gives_the_same_messages_as_the_file() throws IOException {
            Path file = CorpusReadingTest.corpora().resolve("misc/ietf-ancp-2010-03.mbox");
            serveOverview();
            serve(LIST + "export/test@example.org-2010-03.mbox.gz", 200, gzip(Files.readAllBytes(file)));
            List<ReadOutcome> direct = new ArrayList<>();
            new MailSources().read(file, file.getFileName().toString(), "test", direct::add);

            List<ReadOutcome> fetched = new ArrayList<>();
            sut.read(address(LIST), YearMonth.of(2010, 3), YearMonth.of(2010, 3), fetched::add);

            String download = address(LIST) + "export/test@example.org-2010-03.mbox.gz?start=2010-03-01&end=2010-04-01";
            assertThat(direct).as("messages read from the file").hasSizeGreaterThan(30);
            assertThat(fetched.stream()
                            .map(o -> fingerprint(o)
                                    .replace(download, file.getFileName().toString())))
                    .as("the fetched outcomes, with the download's address put back as the file's name")
                    .containsExactlyElementsOf(direct.stream()
                            .map(ListArchiveFetcherTest::fingerprint)
                            .toList());
        }

        @Test
        void a_mailman_3_list_page_leads_to_the_archive_it_links_to() throws ListArchiveFetcher.FetchException {
            serveOverview();
            serve(
                    "/mailman3/lists/test.example.org/",
                    200,
                    html("<h1>Test list</h1><a href=\"" + LIST + "\">Archives</a> <a href=\"" + LIST
                            + "thread/UQX5ZC2N/\">Latest thread</a> <a href=\"/accounts/login/\">Sign in</a>"));

            ListArchiveFetcher.ListIndex index = sut.index(address("/mailman3/lists/test.example.org/"));

            assertThat(index.uri()).as("the index read").isEqualTo(URI.create(address(LIST)));
            assertThat(index.listName()).as("the list name").isEqualTo("test");
            assertThat(index.months()).as("the months it offers").hasSize(3);
        }

        /** An overview as HyperKitty writes it: months by year, newest first, among links to other pages. */
        private void serveOverview() {
            serve(
                    LIST,
                    200,
                    html("<h1>test@example.org</h1><div id=\"months-list\"><h3>2010</h3><ul>"
                            + "<li><a href=\"" + LIST + "2010/3/\">March</a></li>"
                            + "<li><a href=\"" + LIST + "2010/2/\">February</a></li></ul><h3>2009</h3><ul>"
                            + "<li><a href=\"/archives/list/test%40example.org/2009/12/\">December</a></li></ul>"
                            + "</div><a href=\"" + LIST + "2010/3/\">this month</a>"
                            + "<a href=\"" + LIST + "thread/UQX5ZC2N/\">a thread</a>"
                            + "<a href=\"" + LIST + "latest\">latest</a>"
                            + "<a href=\"/archives/list/other@example.org/2009/11/\">another list</a>"
                            + "<a href=\"http://elsewhere.example" + LIST + "2009/10/\">another server</a>"
                            + "<a href=\"" + LIST + "2010/13/\">no such month</a>"));
        }

        private ListArchiveFetcher.MonthlyArchive month(YearMonth month, String start, String end) {
            return new ListArchiveFetcher.MonthlyArchive(
                    month,
                    URI.create(address(LIST) + "export/test@example.org-" + month + ".mbox.gz?start=" + start + "&end="
                            + end));
        }

        private String address(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }
    }

    /** Two messages as HyperKitty exports them: no ">" before a body line starting with "From ", a blank line after each. */
    private static final byte[] MARCH = ("""
            From ann@example.org Mon Mar  1 10:00:00 2010
            From: Ann Example <ann@example.org>
            Subject: Reactor question
            Date: Mon, 01 Mar 2010 10:00:00 +0000
            Message-ID: <first@example.org>

            Does the reactor run twice?


            From bob@example.org Tue Mar  2 11:30:00 2010
            From: Bob Builder <bob@example.org>
            Subject: Re: Reactor question
            Date: Tue, 02 Mar 2010 11:30:00 +0000
            Message-ID: <second@example.org>
            In-Reply-To: <first@example.org>

            From the docs, the reactor runs once.


            """).getBytes(StandardCharsets.US_ASCII);

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(bytes);
        }
        return zipped.toByteArray();
    }

    private static byte[] smallMonth(String where) {
        return ("From ann at example.org  Wed Nov 13 01:51:13 2013\nFrom: ann at example.org (Ann)\n"
                        + "Date: Wed, 13 Nov 2013 01:51:13 +0000\nSubject: [twisted-python] hello\n"
                        + "Message-ID: <" + where + "@example.org>\n\nHello from " + where + ".\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (exchange.getRequestURI().getRawQuery() != null) {
                queries.put(path, exchange.getRequestURI().getRawQuery());
            }
            if (redirects.containsKey(path)) {
                exchange.getResponseHeaders().add("Location", redirects.get(path));
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            Answer answer = answers.getOrDefault(path, new Answer(404, "not here".getBytes(), false, false));
            exchange.sendResponseHeaders(answer.status(), answer.chunked() ? 0 : answer.body().length);
            OutputStream out = exchange.getResponseBody();
            out.write(answer.body());
            out.flush();
            if (answer.hang()) {
                release.await(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(String path, int status, byte[] body) {
        answers.put(path, new Answer(status, body, false, false));
    }

    private void serveMonths(Path list, String... months) throws IOException {
        for (String month : months) {
            serve(LIST_PATH + month, 200, Files.readAllBytes(list.resolve(month)));
        }
    }

    /** A Mailman 2 archive index, newest month first, with a row per month and the given file as its download. */
    private void serveIndex(String... files) {
        StringBuilder rows = new StringBuilder();
        for (int i = files.length - 1; i >= 0; i--) {
            String file = files[i];
            String month = file.substring(0, file.indexOf('.'));
            rows.append("<tr><td>")
                    .append(month)
                    .append(":</td><td><A href=\"")
                    .append(month)
                    .append("/thread.html\">[ Thread ]</a> <A href=\"")
                    .append(month)
                    .append("/date.html\">[ Date ]</a></td><td><A href=\"")
                    .append(file)
                    .append("\">[ ")
                    .append(file.endsWith(".gz") ? "Gzip'd Text" : "Text")
                    .append(" 95 KB ]</a></td></tr>\n");
        }
        serve(
                LIST_PATH,
                200,
                html("<h1>The Twisted-Python Archives</h1>\n<p>You can get <a"
                        + " href=\"http://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\">more"
                        + " information about this list</a>.\n<table border=3>\n<tr><td>Archive</td><td>View"
                        + " by:</td><td>Downloadable version</td></tr>\n" + rows + "</table>"));
    }

    private static byte[] html(String body) {
        return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\n<HTML><HEAD><title>The Twisted-Python"
                        + " Archives</title><META http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">"
                        + "</HEAD>\n<BODY BGCOLOR=\"#ffffff\">\n" + body + "\n</BODY></HTML>\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private String listUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + LIST_PATH;
    }

    private String monthUrl(String file) {
        return listUrl() + file;
    }

    // Comparing outcomes.

    /** The fingerprint of a fetched outcome, with its source (a URL) put back as the file name it ends with. */
    private static String fingerprintByFileName(ReadOutcome outcome) {
        String url = outcome.position().sourceName();
        return fingerprint(outcome).replace(url, url.substring(url.lastIndexOf('/') + 1));
    }

    private static String fingerprint(ReadOutcome outcome) {
        SourcePosition p = outcome.position();
        String where = p.sourceName() + " #" + p.messageNumber() + " line " + p.line() + " at " + p.byteOffset();
        return switch (outcome) {
            case ReadOutcome.Read read -> {
                ParsedMessage m = read.message();
                yield String.join(
                        "\n",
                        "read " + where,
                        "list " + m.listName(),
                        "subject " + m.subject() + " / " + m.threadSubject(),
                        "poster " + m.posterName() + " <" + m.posterAddress() + ">",
                        "date " + m.sentAt() + " / " + m.dateHeader(),
                        "ids " + m.messageId() + " " + m.inReplyTo() + " " + m.references(),
                        "body " + sha256(m.body().getBytes(StandardCharsets.UTF_8)),
                        "raw " + sha256(m.raw()),
                        "charset " + m.charset() + " " + m.charsetChoice(),
                        "attachments " + m.attachments(),
                        "warnings " + m.warnings());
            }
            case ReadOutcome.Failed failed ->
                "failed " + where + " raw " + sha256(failed.raw()) + " " + failed.reason();
            case ReadOutcome.Refused refused -> "refused " + where + " " + refused.reason();
            case ReadOutcome.Duplicate copy -> "duplicate " + where + " " + copy.messageId();
            case ReadOutcome.Skipped skipped -> "skipped " + where + " " + skipped.reason();
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** Lines of a month shaped like pipermail's separator ("From x at y  Wed Nov 13 01:51:13 2013"): one a message. */
    private static long separatorLines(Path month) throws IOException {
        String text = new String(gunzip(month), StandardCharsets.ISO_8859_1);
        return text.lines()
                .filter(line -> line.startsWith("From ")
                        && line.matches(".*  \\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}"))
                .count();
    }
}
