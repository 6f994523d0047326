package org.caucus.corpus;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.SignIn;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ImportHistoryTest {

    /** Its first message is empty: it fails, and its bytes are kept. Its second is read with a warning. */
    private static final String EMPTY_FIRST = "From ann@one.example Wed Nov 13 01:51:13 2013\n\n";

    private static final String ARCHIVE = EMPTY_FIRST
            + "From bea@two.example Wed Nov 13 02:00:00 2013\nFrom: Bea <bea@two.example>\n"
            + "Subject: Agenda\nMessage-ID: <agenda@two.example>\nDate: 31 Feb 2013 02:00:00 +0000\n\nThe agenda.\n";

    @Autowired
    ImportHistory sut;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcTemplate jdbc;

    Project project;

    @BeforeEach
    void freshProject() {
        project = projects.create("history-" + UUID.randomUUID());
    }

    @Test
    void the_imports_of_a_project_are_listed_newest_first_with_what_they_read_and_how_they_ended() {
        ImportReport first = importArchive("november.mbox");
        ImportReport second = importArchive("november-again.mbox");

        assertThat(sut.of(project.getId()))
                .as("the project's imports")
                .extracting(PastImport::runId, PastImport::sources, PastImport::status, PastImport::counts)
                .containsExactly(
                        tuple(
                                second.runId(),
                                "november-again.mbox",
                                ImportStatus.DONE,
                                new ImportCounts(2, 0, 1, 0, 1)),
                        tuple(first.runId(), "november.mbox", ImportStatus.DONE, new ImportCounts(2, 1, 0, 1, 1)));
        assertThat(sut.of(project.getId()))
                .as("when they ended")
                .allSatisfy(run -> assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt()));
    }

    @Test
    void a_report_is_given_again_as_the_import_gave_it_and_a_failed_message_s_bytes_as_they_were_read() {
        ImportReport given = importArchive("november.mbox");

        ImportReport again = sut.report(given.runId()).orElseThrow();

        assertThat(again).as("the report rebuilt from its record").isEqualTo(given);
        ImportReport.Problem failed = again.problems().getFirst();
        assertThat(failed.failed()).as("the empty message failed").isTrue();
        assertThat(failed.keptBytesId()).as("where its bytes are kept").isNotNull();
        assertThat(new String(sut.failedMessage(failed.keptBytesId()).orElseThrow(), StandardCharsets.UTF_8))
                .as("its bytes")
                .isEqualTo(EMPTY_FIRST);
        ImportReport.Problem warned = again.problems().getLast();
        assertThat(warned.messageId()).as("the warned message is stored").isNotNull();
        assertThat(warned.keptBytesId())
                .as("a stored message keeps its bytes itself")
                .isNull();
    }

    @Test
    void somebody_outside_the_project_sees_neither_its_imports_nor_their_reports_nor_the_failed_bytes() {
        ImportReport given = importArchive("november.mbox");
        long kept = given.problems().getFirst().keptBytesId();

        SignIn.running(application, "outsider-" + UUID.randomUUID().toString().substring(0, 8), () -> {
            assertThatThrownBy(() -> sut.of(project.getId())).as("the list").isInstanceOf(AccessDeniedException.class);
            assertThat(sut.report(given.runId())).as("the report").isEmpty();
            assertThat(sut.failedMessage(kept)).as("the bytes").isEmpty();
            return null;
        });
    }

    @Test
    void a_pasted_page_is_recorded_with_the_other_imports_and_so_is_a_paste_that_was_refused() {
        byte[] page = new String(SeedProject.seedBytes(), StandardCharsets.UTF_8)
                .replace("[very quick follow up]", "[history of pastes]")
                .getBytes(StandardCharsets.UTF_8);
        importer.importMessageText(project, "pasted text", page);
        importer.importMessageText(project, "pasted text", page);
        assertThat(importer.importMessageText(
                                project, "pasted text", "Dear all,\nthe minutes.\n".getBytes(StandardCharsets.UTF_8))
                        .refused())
                .as("text that is not a page refused")
                .isTrue();

        List<PastImport> past = sut.of(project.getId());
        assertThat(past)
                .as("the pastes, newest first")
                .extracting(PastImport::sources, PastImport::status, PastImport::counts)
                .containsExactly(
                        tuple("pasted text", ImportStatus.DONE, new ImportCounts(0, 0, 0, 0, 1)),
                        tuple("pasted text", ImportStatus.DONE, new ImportCounts(1, 0, 1, 0, 0)),
                        tuple("pasted text", ImportStatus.DONE, new ImportCounts(1, 1, 0, 0, 0)));
        assertThat(sut.report(past.getFirst().runId()).orElseThrow().problems())
                .as("why the last was refused")
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.failed()).isTrue();
                    assertThat(problem.reason()).startsWith("pasted text, line 1: expected");
                });
    }

    @Test
    void a_pasted_page_stored_with_a_warning_says_so_and_its_report_keeps_the_warning() {
        byte[] page = new String(SeedProject.seedBytes(), StandardCharsets.UTF_8)
                .replace("[very quick follow up]", "[" + "a subject without end ".repeat(100) + "]")
                .getBytes(StandardCharsets.UTF_8);

        ImportOutcome outcome = importer.importMessageText(project, "pasted long subject", page);

        assertThat(outcome.messageId()).as("the message is stored").isNotNull();
        assertThat(outcome.warnings())
                .as("what the page was stored with")
                .singleElement(as(STRING))
                .startsWith("pasted long subject")
                .contains("Subject");
        PastImport past = sut.of(project.getId()).getFirst();
        assertThat(past.counts()).as("counted as imported with warnings").isEqualTo(new ImportCounts(1, 1, 0, 1, 0));
        assertThat(sut.report(past.runId()).orElseThrow().problems())
                .as("the report of the paste")
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.failed()).isFalse();
                    assertThat(problem.messageId()).isEqualTo(outcome.messageId());
                    assertThat(problem.reason()).isEqualTo(outcome.warnings().getFirst());
                });
    }

    /**
     * Dropped on the page, every month of a list arrives as a file in a folder of its own: the record once named
     * each by its whole path, which outgrew its column at about 200 months and stopped the import before it began.
     */
    @Test
    void an_import_of_hundreds_of_uploaded_files_is_recorded_by_the_first_names_and_a_count(@TempDir Path folder)
            throws IOException {
        Path uploads = Files.createDirectories(folder.resolve("caucus-upload-" + UUID.randomUUID()));
        List<Path> months = new ArrayList<>();
        for (int year = 1990; year < 2015; year++) {
            for (String month : List.of(
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December")) {
                months.add(Files.writeString(uploads.resolve(year + "-" + month + ".txt"), ""));
            }
        }

        ImportReport report = importer.importPaths(project, months, ImportProgress.NONE);

        assertThat(sut.of(project.getId()))
                .as("the record of the import")
                .singleElement()
                .satisfies(run -> {
                    assertThat(run.runId()).isEqualTo(report.runId());
                    assertThat(run.sources())
                            .isEqualTo("1990-January.txt, 1990-February.txt, 1990-March.txt, 1990-April.txt"
                                    + " and 296 more");
                });
    }

    @Test
    void an_address_longer_than_the_record_holds_is_cut_short_and_the_import_still_reports() {
        String address = "ftp://lists.example.org/" + "very-long-list-name-".repeat(600);

        ImportReport report = importer.importListUrl(project, address, null, null, ImportProgress.NONE);

        assertThat(report.counts().failed()).as("the address refused").isEqualTo(1);
        assertThat(sut.of(project.getId()))
                .singleElement()
                .extracting(PastImport::sources)
                .satisfies(sources -> assertThat(sources)
                        .hasSize(10_000)
                        .startsWith("ftp://lists.example.org/very-long-list-name-")
                        .endsWith("…"));
    }

    @Test
    void a_file_left_out_is_reported_as_skipped_also_by_imports_that_listed_it_as_a_warning(@TempDir Path folder)
            throws IOException {
        Path box = Files.createDirectory(folder.resolve("Local Folders"));
        Files.writeString(box.resolve("Inbox"), ARCHIVE);
        Files.writeString(box.resolve("Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        long runId =
                importer.importPaths(project, List.of(box), ImportProgress.NONE).runId();
        // As imports before the skipped outcome recorded a file they left out: a warning whose reason says so.
        jdbc.update(
                "update import_problem set severity = 'WARNING', reason = ? where severity = 'SKIPPED'"
                        + " and import_run_id = ?",
                "Inbox.msf: skipped: Thunderbird's summary of a mailbox, not mail",
                runId);

        jdbc.update(MigrationStatements.first("V0022__skipped_files_in_import_reports.sql", "update import_problem"));

        assertThat(sut.report(runId).orElseThrow().problems())
                .extracting(ImportReport.Problem::sourceName, ImportReport.Problem::outcome)
                .containsExactly(
                        tuple("Inbox", ImportReport.Outcome.FAILED),
                        tuple("Inbox", ImportReport.Outcome.WARNING),
                        tuple("Inbox.msf", ImportReport.Outcome.SKIPPED));
    }

    private ImportReport importArchive(String name) {
        return importer.importStream(
                project, name, new ByteArrayInputStream(ARCHIVE.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
    }
}
