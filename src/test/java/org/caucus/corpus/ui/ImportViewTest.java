package org.caucus.corpus.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._getItemDetailsComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.caucus.Memberships;
import org.caucus.SeedProject;
import org.caucus.SignIn;
import org.caucus.ViewTest;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportCounts;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.ImportRemoval;
import org.caucus.corpus.ImportReport;
import org.caucus.corpus.MessageReading;
import org.caucus.corpus.PastImport;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

class ImportViewTest extends ViewTest {

    @Autowired
    CorpusService corpus;

    @Autowired
    ProjectService projects;

    @Autowired
    ApplicationContext application;

    @Autowired
    ImportHistory history;

    @Autowired
    ImportRemoval removal;

    @Autowired
    JdbcTemplate jdbc;

    Project demo;

    @BeforeEach
    void openImportPage() {
        demo = projects.findDefault().orElseThrow();
        UI.getCurrent().navigate("import");
    }

    @Test
    void somebody_in_no_project_is_told_to_create_one_first() {
        SignIn.as(application, "newcomer-" + UUID.randomUUID().toString().substring(0, 8));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("import");

        assertThat(_find(TextArea.class)).as("the form").isEmpty();
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "There is no project to import into yet: create one on the Projects page."))
                        .isVisible())
                .as("what the page says")
                .isTrue();
    }

    @Test
    void pasted_text_that_is_not_a_message_page_is_refused_with_the_reason_and_nothing_is_stored() {
        long before = corpus.countMessages(demo);

        paste("Dear all,\nplease find the minutes attached.\n");

        Paragraph refusal = _get(Paragraph.class, spec -> spec.withClasses("import-refused"));
        assertThat(refusal.getText())
                .as("refusal message")
                .contains("pasted text, line 1")
                .contains("expected")
                .contains("Dear all")
                .endsWith("Nothing was stored.");
        assertThat(corpus.countMessages(demo)).as("messages after the refusal").isEqualTo(before);
    }

    @Test
    void pasting_a_message_page_imports_it_once() {
        String page = new String(SeedProject.seedBytes(), StandardCharsets.UTF_8)
                .replace("[very quick follow up]", "[pasted copy]");
        long before = corpus.countMessages(demo);

        paste(page);
        paste(page);

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("import-ok")))
                .as("outcome lines, newest first")
                .extracting(Paragraph::getText)
                .satisfiesExactly(
                        second -> assertThat(second).contains("already in the project, nothing added. "),
                        first -> assertThat(first).contains("imported as message"));
        String imported = _find(Paragraph.class, spec -> spec.withClasses("import-ok"))
                .getLast()
                .getText()
                .replaceAll("(?s).*imported as message (\\d+)\\..*", "$1");
        assertThat(_find(Anchor.class, spec -> spec.withText("Read it")))
                .as("the pasted message a click away from both outcomes")
                .extracting(Anchor::getHref)
                .containsExactly("messages/" + imported, "messages/" + imported);
        assertThat(corpus.countMessages(demo)).as("messages after two pastes").isEqualTo(before + 1);
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withClasses("earlier-imports-grid")), 0)
                        .subList(1, 8))
                .as("the second paste among the earlier imports")
                .containsExactly("pasted text", "done", "1", "0", "1", "0", "0");
    }

    @Test
    void pasting_a_message_source_from_a_mail_program_imports_it_with_its_headers() {
        long before = corpus.countMessages(demo);

        paste("""
                From: Jeremy Malcolm <jeremy@ciroap.org>
                To: bestbits@lists.bestbits.net
                Subject: Re: [bestbits] I*coalition/dialogue = 1net
                Date: Wed, 13 Nov 2013 15:02:09 +0800
                Message-ID: <pasted-source.4010605@ciroap.org>
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Agreed; the summit's organisers in S=C3=A3o Paulo should hear it from us.
                """);

        String outcome =
                _get(Paragraph.class, spec -> spec.withClasses("import-ok")).getText();
        assertThat(outcome).as("outcome").contains("pasted text: imported as message");
        long messageId = Long.parseLong(outcome.replaceAll("(?s).*imported as message (\\d+)\\..*", "$1"));
        MessageReading message = corpus.read(messageId).orElseThrow();
        assertThat(message.poster()).as("poster").isEqualTo("Jeremy Malcolm");
        assertThat(message.listName()).as("list").isEqualTo("bestbits");
        assertThat(message.body()).as("body").contains("São Paulo");
        assertThat(corpus.countMessages(demo)).as("messages after the paste").isEqualTo(before + 1);
    }

    @Test
    void a_pasted_page_stored_with_a_warning_shows_the_warning() {
        paste(new String(SeedProject.seedBytes(), StandardCharsets.UTF_8)
                .replace("[very quick follow up]", "[" + "a subject without end ".repeat(100) + "]"));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-ok import-warned"))
                        .getText())
                .contains("imported as message")
                .contains("One warning: pasted text")
                .contains("Subject");
    }

    @Test
    void a_month_that_is_not_a_month_is_refused_before_anything_is_fetched() {
        _get(TextField.class, spec -> spec.withLabel("List archive address"))
                .setValue("https://lists.example.org/pipermail/bestbits/");
        _get(TextField.class, spec -> spec.withLabel("From month")).setValue("November");
        _click(_get(Button.class, spec -> spec.withText("Import from the list")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-refused"))
                        .getText())
                .as("refusal")
                .contains("'November' is not a month")
                .contains("Nothing was fetched");
    }

    @Test
    void a_list_address_that_is_not_http_ends_in_a_report_naming_it() {
        askTheList("ftp://example.org/list/", "Import from the list");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-refused"))
                        .getText())
                .as("report summary")
                .contains("failed 1");
        assertThat(_get(_get(ImportJobPanel.class), Grid.class)
                        .getGenericDataView()
                        .getItems()
                        .toList())
                .as("problems")
                .singleElement()
                .satisfies(problem -> assertThat(((ImportReport.Problem) problem).reason())
                        .contains("ftp://example.org/list/")
                        .contains("not an http or https URL"));
    }

    @Test
    void an_ended_import_is_listed_first_among_the_earlier_imports_and_opens_onto_its_report() {
        askTheList("ftp://example.org/old/", "Import from the list");

        @SuppressWarnings("unchecked")
        Grid<PastImport> earlier = _get(Grid.class, spec -> spec.withClasses("earlier-imports-grid"));
        assertThat(_getFormattedRow(earlier, 0).subList(1, 8))
                .as("what, outcome and counts of the newest import")
                .containsExactly("ftp://example.org/old/, every month it offers", "done", "0", "0", "0", "0", "1");
        _clickItem(earlier, 0);
        assertThat(_getItemDetailsComponent(earlier, 0))
                .as("its report, opened")
                .isInstanceOfSatisfying(
                        ImportReportView.class,
                        report -> assertThat(_get(report, Paragraph.class, spec -> spec.withClasses("import-refused"))
                                        .getText())
                                .isEqualTo("Read 0, imported 0, duplicates 0, warnings 0, failed 1."));
    }

    @Test
    void an_owner_removes_an_import_from_its_report_and_it_stays_listed_as_removed() {
        String word = "quincemarmalade" + UUID.randomUUID().toString().substring(0, 8);
        paste("""
                [bestbits] a message pasted by mistake

                Zed Zulu  zed at example.org
                Tue Nov 12 23:17:00 EST 2013

                A recipe for %s, posted to the wrong list.
                """.formatted(word));
        long before = corpus.countMessages(demo);
        Anchor read = _get(_get(Paragraph.class, spec -> spec.withClasses("import-ok")), Anchor.class);
        String removedId = read.getHref().substring("messages/".length());
        @SuppressWarnings("unchecked")
        Grid<PastImport> earlier = _get(Grid.class, spec -> spec.withClasses("earlier-imports-grid"));
        _clickItem(earlier, 0);
        assertThat(_get(
                                _getItemDetailsComponent(earlier, 0),
                                Anchor.class,
                                spec -> spec.withClasses("import-messages-link"))
                        .getHref())
                .as("the report's link to its messages")
                .isEqualTo("messages?import="
                        + earlier.getGenericDataView().getItem(0).runId());
        _clickItem(earlier, 0);

        removeTheNewest(earlier, "Remove 1 message");

        assertThat(corpus.countMessages(demo)).as("messages").isEqualTo(before - 1);
        assertThat(_getFormattedRow(earlier, 0).subList(1, 4))
                .as("what, outcome and imported of the newest import")
                .containsExactly("pasted text", "removed", "1");
        _clickItem(earlier, 0);
        assertThat(_get(
                                _getItemDetailsComponent(earlier, 0),
                                Paragraph.class,
                                spec -> spec.withClasses("import-removed-note"))
                        .getText())
                .as("its report, reopened")
                .startsWith("Its messages were removed on ");
        assertThat(_find(_getItemDetailsComponent(earlier, 0), Button.class, spec -> spec.withClasses("remove-import")))
                .as("the way to remove it again")
                .isEmpty();
        assertThat(_find(
                        _getItemDetailsComponent(earlier, 0),
                        Anchor.class,
                        spec -> spec.withClasses("import-messages-link")))
                .as("the link to its messages")
                .isEmpty();
        Paragraph pasted = _get(Paragraph.class, spec -> spec.withClasses("import-ok"));
        assertThat(pasted.getElement().getTextRecursively())
                .as("the paste's outcome above")
                .endsWith(": imported as message " + removedId + ". Removed since, with its import.");
        assertThat(_find(pasted, Anchor.class)).as("its link to the message").isEmpty();
    }

    @Test
    void an_import_that_did_not_end_is_removed_with_the_messages_it_counted_nowhere() {
        pasteAndStopTheServer();
        long before = corpus.countMessages(demo);
        @SuppressWarnings("unchecked")
        Grid<PastImport> earlier = _get(Grid.class, spec -> spec.withClasses("earlier-imports-grid"));
        assertThat(_getFormattedRow(earlier, 0).subList(1, 4))
                .as("what, outcome and imported of the newest import")
                .containsExactly("pasted text", "not ended", "0");

        removeTheNewest(earlier, "Remove 1 message");

        assertThat(corpus.countMessages(demo)).as("messages").isEqualTo(before - 1);
        assertThat(_getFormattedRow(earlier, 0).get(2)).as("its outcome").isEqualTo("removed");
    }

    @Test
    void an_import_that_did_not_end_says_how_many_messages_it_stored_and_shows_them() {
        long runId = pasteAndStopTheServer();
        @SuppressWarnings("unchecked")
        Grid<PastImport> earlier = _get(Grid.class, spec -> spec.withClasses("earlier-imports-grid"));

        _clickItem(earlier, 0);

        var details = _getItemDetailsComponent(earlier, 0);
        assertThat(_get(details, Paragraph.class, spec -> spec.withClasses("import-not-ended-note"))
                        .getText())
                .isEqualTo("It did not end: it stopped with a server, or is running on another of the team's servers."
                        + " 1 message of it is stored.");
        assertThat(_get(details, Anchor.class, spec -> spec.withClasses("import-messages-link"))
                        .getHref())
                .as("the way to its messages, which its report counts nowhere")
                .isEqualTo("messages?import=" + runId);
    }

    /** Pastes a message, then leaves its import's record as the server's stop left it; the Import page, opened again. */
    private long pasteAndStopTheServer() {
        paste("""
                [bestbits] an import cut off by a stopped server

                Zed Zulu  zed at example.org
                Tue Nov 12 23:17:00 EST 2013

                Stored before the server stopped, %s.
                """.formatted(UUID.randomUUID()));
        // As an import killed with the server leaves its record: begun, never ended, counting nothing.
        jdbc.update("update import_run set finished_at = null, status = 'RUNNING', messages_read = 0, imported = 0"
                + " where id = (select max(id) from import_run)");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("import");
        return jdbc.queryForObject("select max(id) from import_run", Long.class);
    }

    /** An import running on this server is told from one stopped with a server, and not offered for removal. */
    @Test
    void an_import_running_here_is_listed_as_running_and_cannot_be_removed_yet() {
        paste("""
                [bestbits] an import still running

                Zed Zulu  zed at example.org
                Tue Nov 12 23:17:00 EST 2013

                Stored while it runs, %s.
                """.formatted(UUID.randomUUID()));
        jdbc.update("update import_run set finished_at = null, status = 'RUNNING', messages_read = 0, imported = 0"
                + " where id = (select max(id) from import_run)");
        long running = history.of(demo.getId()).getFirst().runId();
        EarlierImports earlier = new EarlierImports(history, removal, demo, true, runId -> runId == running);
        UI.getCurrent().add(earlier);
        @SuppressWarnings("unchecked")
        Grid<PastImport> runs = _get(earlier, Grid.class);

        _clickItem(runs, 0);

        assertThat(_getFormattedRow(runs, 0).get(2)).as("its outcome").isEqualTo("running");
        assertThat(_find(_getItemDetailsComponent(runs, 0), Button.class, spec -> spec.withClasses("remove-import")))
                .as("the way to remove it")
                .isEmpty();
    }

    @Test
    void a_coder_is_not_offered_to_remove_an_import() {
        paste("""
                [bestbits] an owner's paste

                Zed Zulu  zed at example.org
                Tue Nov 12 23:17:00 EST 2013

                Pasted by an owner, %s.
                """.formatted(UUID.randomUUID()));
        String coder = "colin-" + UUID.randomUUID().toString().substring(0, 8);
        Memberships.grant(jdbc, demo.getId(), coder, "CODER");
        SignIn.as(application, coder);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("import");
        @SuppressWarnings("unchecked")
        Grid<PastImport> earlier = _get(Grid.class, spec -> spec.withClasses("earlier-imports-grid"));

        _clickItem(earlier, 0);

        assertThat(_getFormattedRow(earlier, 0).subList(1, 4))
                .as("what, outcome and imported of the newest import")
                .containsExactly("pasted text", "done", "1");
        assertThat(_find(_getItemDetailsComponent(earlier, 0), Button.class, spec -> spec.withClasses("remove-import")))
                .as("the way to remove it")
                .isEmpty();
    }

    @Test
    void a_failed_message_is_reported_with_a_link_to_its_bytes() {
        ImportReport.Problem failure = new ImportReport.Problem(
                "november.mbox",
                "november.mbox, message 1",
                ImportReport.Outcome.FAILED,
                "november.mbox, message 1: an empty message",
                null,
                7L);

        ImportJobPanel panel = reported(
                "Importing 1 file: november.mbox",
                new ImportReport(1, false, new ImportCounts(1, 0, 0, 0, 1), 0, List.of(failure)));

        assertThat(_getCellComponent(_get(panel, Grid.class), 0, "message"))
                .as("the message column")
                .isInstanceOfSatisfying(Anchor.class, link -> {
                    assertThat(link.getText()).isEqualTo("Download its bytes");
                    assertThat(link.getClassNames()).contains("import-failed-bytes");
                });
    }

    @Test
    void a_list_s_months_are_looked_up_before_any_is_fetched_and_fill_the_empty_range_or_the_month_named()
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pipermail/bestbits/", exchange -> {
            byte[] index = ("<html><body><a href=\"2013-October.txt.gz\">[ Gzip'd Text 3 KB ]</a>"
                            + " <a href=\"2013-December.txt\">[ Text 1 KB ]</a></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, index.length);
            exchange.getResponseBody().write(index);
            exchange.close();
        });
        server.start();
        try {
            String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/pipermail/bestbits/";
            askTheList(address, "See its months");

            assertThat(_get(Paragraph.class, spec -> spec.withClasses("list-months"))
                            .getText())
                    .as("what the list offers")
                    .isEqualTo("bestbits offers 2 months, from 2013-10 to 2013-12, with 1 month missing between.");
            assertThat(monthRange())
                    .as("the range, filled for the analyst to narrow")
                    .containsExactly("2013-10", "2013-12");

            monthField("From month").clear();
            monthField("To month").clear();
            askTheList(address + "2013-December.txt", "See its months");

            assertThat(monthRange())
                    .as("the range for the address of one month's file")
                    .containsExactly("2013-12", "2013-12");
            assertThat(_find(ImportJobPanel.class)).as("imports started").isEmpty();
        } finally {
            server.stop(0);
        }
    }

    /** The From and To months as the form shows them. */
    private static List<String> monthRange() {
        return List.of(
                monthField("From month").getValue(), monthField("To month").getValue());
    }

    private static TextField monthField(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void a_list_whose_months_cannot_be_looked_up_is_answered_with_the_reason() {
        askTheList("ftp://example.org/list/", "See its months");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-refused"))
                        .getText())
                .as("refusal")
                .contains("ftp://example.org/list/")
                .contains("not an http or https URL")
                .endsWith(". Nothing was fetched.");
    }

    @Test
    void after_the_last_batch_the_panel_names_the_step_under_way_and_no_longer_offers_cancel() {
        ImportJobPanel panel = new ImportJobPanel("An archive", history);
        UI.getCurrent().add(panel);
        AtomicReference<String> status = new AtomicReference<>();
        AtomicBoolean cancellable = new AtomicBoolean(true);

        panel.start(
                Runnable::run,
                progress -> {
                    progress.finishing(ImportProgress.Step.THREADS, new ImportCounts(3000, 1500, 1500, 0, 0));
                    MockVaadin.clientRoundtrip(false);
                    status.set(status(panel));
                    cancellable.set(_get(panel, Button.class, spec -> spec.withText("Cancel"))
                            .isEnabled());
                    throw new IllegalStateException("stopped by the test");
                },
                () -> {});

        assertThat(status.get())
                .as("status while threading")
                .isEqualTo("1,500 messages stored. Placing them in their threads…");
        assertThat(cancellable.get()).as("Cancel enabled").isFalse();
    }

    @Test
    void while_the_project_s_threads_and_messages_are_read_back_the_panel_says_so() {
        ImportJobPanel panel = new ImportJobPanel("An archive", history);
        UI.getCurrent().add(panel);
        List<String> statuses = new ArrayList<>();

        panel.start(
                Runnable::run,
                progress -> {
                    progress.readingThreads(33_242);
                    MockVaadin.clientRoundtrip(false);
                    statuses.add(status(panel));
                    progress.readingStoredMessages(33_242);
                    MockVaadin.clientRoundtrip(false);
                    statuses.add(status(panel));
                    progress.storedMessagesRead();
                    MockVaadin.clientRoundtrip(false);
                    statuses.add(status(panel));
                    throw new IllegalStateException("stopped by the test");
                },
                () -> {});

        assertThat(statuses)
                .as("the status while the project's threads are read, its messages read back, then as the files are")
                .containsExactly(
                        "Reading the threads of the 33,242 messages the project holds, to place the new ones in them…",
                        "Reading back the 33,242 messages the project holds, so that quotes of them are traced to"
                                + " them…",
                        "Reading the files…");
    }

    @Test
    void an_import_waiting_for_another_in_the_project_says_so_until_it_begins_and_is_listed_meanwhile() {
        ImportJobPanel panel = new ImportJobPanel("An archive", history);
        UI.getCurrent().add(panel);
        List<String> statuses = new ArrayList<>();
        AtomicInteger listed = new AtomicInteger();
        List<Integer> listedSoFar = new ArrayList<>();

        panel.start(
                Runnable::run,
                progress -> {
                    progress.waitingForEarlierImport();
                    MockVaadin.clientRoundtrip(false);
                    statuses.add(status(panel));
                    listedSoFar.add(listed.get());
                    progress.startedAfterWaiting();
                    MockVaadin.clientRoundtrip(false);
                    statuses.add(status(panel));
                    progress.advanced(new ImportCounts(500, 500, 0, 0, 0), 1, 2);
                    progress.advanced(new ImportCounts(1000, 1000, 0, 0, 0), 2, 2);
                    MockVaadin.clientRoundtrip(false);
                    listedSoFar.add(listed.get());
                    throw new IllegalStateException("stopped by the test");
                },
                listed::incrementAndGet);
        MockVaadin.clientRoundtrip(false);

        assertThat(statuses)
                .as("the status while waiting, then once begun")
                .containsExactly(
                        "Waiting for the import already running in this project to end; this one begins then.",
                        "Starting…");
        assertThat(listedSoFar)
                .as("the earlier imports listed again: as it waits, then once its first batch is stored")
                .containsExactly(1, 2);
        assertThat(listed.get()).as("and once it has ended").isEqualTo(3);
    }

    @Test
    void a_report_with_imported_messages_says_that_search_finds_them_once_indexed() {
        ImportJobPanel panel = reported(
                "An archive", new ImportReport(1, false, new ImportCounts(14486, 7240, 7246, 0, 0), 0, List.of()));

        assertThat(paragraph(panel, "import-ok"))
                .as("summary")
                .isEqualTo("Read 14,486, imported 7,240, duplicates 7,246, warnings 0, failed 0.");
        assertThat(paragraph(panel, "import-search-note"))
                .as("what search finds")
                .contains("read and coded now")
                .contains("Search finds them once they are indexed");
    }

    @Test
    void an_upload_s_title_counts_its_files_before_naming_them() {
        assertThat(ImportForm.title(List.of(Path.of("upload", "2013-May.txt.gz"), Path.of("upload", "2013-April.txt"))))
                .isEqualTo("Importing 2 files: 2013-April.txt, 2013-May.txt.gz");
        assertThat(ImportForm.title(List.of(Path.of("upload", "seed.eml")))).isEqualTo("Importing 1 file: seed.eml");
    }

    @Test
    void a_list_s_import_is_named_by_its_address_and_months() {
        _get(TextField.class, spec -> spec.withLabel("List archive address")).setValue(" ftp://example.org/list/ ");
        _get(TextField.class, spec -> spec.withLabel("From month")).setValue("2013-10");
        _click(_get(Button.class, spec -> spec.withText("Import from the list")));
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-title"))
                        .getText())
                .isEqualTo("Importing ftp://example.org/list/, every month from 2013-10");
    }

    @Test
    void a_cancelled_import_keeps_its_title_and_says_how_to_complete_it() {
        ImportJobPanel panel = reported(
                "Importing 2 files: 2013-October.txt.gz, 2013-November.txt.gz",
                new ImportReport(1, true, new ImportCounts(900, 450, 450, 0, 0), 0, List.of()));

        assertThat(paragraph(panel, "import-title"))
                .as("what the report is about")
                .isEqualTo("Importing 2 files: 2013-October.txt.gz, 2013-November.txt.gz");
        assertThat(paragraph(panel, "import-cancelled-note"))
                .as("what to do next")
                .contains("not reached were not read")
                .contains("Importing the same files again adds only what is missing");
    }

    @Test
    void a_warning_is_reported_with_its_place_its_reason_and_a_link_to_the_message() {
        ImportReport.Problem warning = new ImportReport.Problem(
                "2011-March.txt.gz",
                "2011-March.txt.gz, message 83",
                ImportReport.Outcome.WARNING,
                "2011-March.txt.gz, message 83: the body is empty",
                42L,
                null);

        ImportJobPanel panel = reported(
                "Importing 1 file: 2011-March.txt.gz",
                new ImportReport(1, false, new ImportCounts(1, 1, 0, 1, 0), 0, List.of(warning)));

        Grid<?> problems = _get(panel, Grid.class);
        assertThat(_getFormattedRow(problems, 0).subList(0, 3))
                .as("outcome, place and reason")
                .containsExactly("warning", "2011-March.txt.gz, message 83", "the body is empty");
        assertThat(_getCellComponent(problems, 0, "message"))
                .as("the message column")
                .isInstanceOfSatisfying(
                        Anchor.class, link -> assertThat(link.getHref()).isEqualTo("messages/42"));
    }

    /** Opens the newest import's report, asks to remove it, checks what the dialog's button says and presses it. */
    private static void removeTheNewest(Grid<PastImport> earlier, String button) {
        _clickItem(earlier, 0);
        _click(_get(_getItemDetailsComponent(earlier, 0), Button.class, spec -> spec.withClasses("remove-import")));
        RemoveImportDialog dialog = _get(RemoveImportDialog.class);
        assertThat(dialog.remove.getText()).as("the dialog's button").isEqualTo(button);
        _click(dialog.remove);
    }

    /** The text of the paragraph of this class in the job panel. */
    private static String paragraph(ImportJobPanel panel, String className) {
        return _get(panel, Paragraph.class, spec -> spec.withClasses(className)).getText();
    }

    /** A job panel on the page whose import, run at once, ended in {@code report}. */
    private ImportJobPanel reported(String title, ImportReport report) {
        ImportJobPanel panel = new ImportJobPanel(title, history);
        UI.getCurrent().add(panel);
        panel.start(Runnable::run, progress -> report, () -> {});
        MockVaadin.clientRoundtrip(false);
        return panel;
    }

    /**
     * Runs each import on a thread of its own, as the application's pool does (such a thread does not know who is
     * signed in), and waits for it, so that the next round trip shows the report.
     */
    @TestConfiguration
    static class ImportsRunOnAnotherThread {

        @Bean("applicationTaskExecutor")
        @Primary
        Executor applicationTaskExecutor() {
            return task -> {
                Thread worker = Thread.ofPlatform().name("import-under-test").start(task);
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while the import ran", e);
                }
            };
        }
    }

    /** Gives the list's address alone and presses {@code button}, then lets the page show the answer. */
    private static void askTheList(String address, String button) {
        _get(TextField.class, spec -> spec.withLabel("List archive address")).setValue(address);
        _click(_get(Button.class, spec -> spec.withText(button)));
        MockVaadin.clientRoundtrip(false);
    }

    private static void paste(String text) {
        _get(TextArea.class).setValue(text);
        _click(_get(Button.class, spec -> spec.withText("Import pasted text")));
    }

    private static String status(ImportJobPanel panel) {
        return _get(panel, Span.class, spec -> spec.withClasses("import-status"))
                .getText();
    }
}
