package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final String FIXTURE = "src/test/resources/importing/2013-November.txt";

    @TempDir
    Path dataDir;

    @Test
    void import_creates_the_project_prints_the_report_and_writes_it_as_csv() throws Exception {
        Path report = dataDir.resolve("report.csv");

        CommandRun run = CommandRun.of(
                "import",
                "--data-dir",
                dataDir.toString(),
                "--project",
                "Bestbits",
                "--report",
                report.toString(),
                FIXTURE);

        assertThat(run.exitCode()).as("exit code when every message was read").isZero();
        assertThat(run.out())
                .as("printed report")
                .contains("Bestbits: Read 2, imported 2, duplicates 0")
                .contains("warning  2013-November.txt, message 2: Date header 'Tue, 31 Feb 2013 10:00:00 +0000'");
        assertThat(Files.readString(report)).as("CSV report").startsWith("source,position,outcome,reason,message");
    }

    @Test
    void every_imported_message_is_in_the_search_index_when_the_command_ends() throws Exception {
        CommandRun run = CommandRun.of("import", "--data-dir", dataDir.toString(), "--project", "Bestbits", FIXTURE);

        assertThat(run.exitCode()).as("exit code").isZero();
        try (DirectoryReader index = DirectoryReader.open(FSDirectory.open(dataDir.resolve("search-index/message")))) {
            assertThat(index.numDocs()).as("messages in the search index").isEqualTo(2);
        }
    }

    @Test
    void a_mail_programs_own_file_is_reported_as_skipped_and_read_is_every_file() throws Exception {
        Path mailbox = Files.createDirectories(dataDir.resolve("Local Folders"));
        Files.copy(Path.of(FIXTURE), mailbox.resolve("2013-November.txt"));
        Files.writeString(mailbox.resolve("Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        Path report = dataDir.resolve("report.csv");

        CommandRun run = CommandRun.of(
                "import",
                "--data-dir",
                dataDir.resolve("db").toString(),
                "--project",
                "P",
                "--report",
                report.toString(),
                mailbox.toString());

        assertThat(run.exitCode()).as("exit code: nothing failed").isZero();
        assertThat(run.out())
                .as("report")
                .contains("warnings 1, failed 0")
                .contains("skipped  Inbox.msf: Thunderbird's summary of a mailbox, not mail");
        assertThat(Files.readString(report)).as("CSV report").contains("\"Inbox.msf\",\"Inbox.msf\",skipped,");
    }

    @Test
    void a_file_that_is_not_mail_makes_the_exit_code_1() throws Exception {
        Path notMail = Files.write(dataDir.resolve("notes.txt"), "just some notes\n".getBytes(StandardCharsets.UTF_8));

        CommandRun run = CommandRun.of(
                "import", "--data-dir", dataDir.resolve("db").toString(), "--project", "P", notMail.toString());

        assertThat(run.exitCode()).as("exit code").isEqualTo(1);
        assertThat(run.out()).as("report").contains("failed   notes.txt: not a mail archive");
    }

    @Test
    void a_folder_with_no_mail_in_it_makes_the_exit_code_1() throws Exception {
        Path notes = Files.createDirectories(dataDir.resolve("notes"));
        Files.writeString(notes.resolve("README"), "One file per month.\n");

        CommandRun run = CommandRun.of(
                "import", "--data-dir", dataDir.resolve("db").toString(), "--project", "P", notes.toString());

        assertThat(run.exitCode()).as("exit code").isEqualTo(1);
        assertThat(run.out())
                .as("report")
                .contains("skipped  README: the archive's read-me, not mail")
                .contains("failed   notes: no mail to import: its only file was skipped");
    }

    @Test
    void a_list_address_imports_the_months_chosen_from_its_index() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] month = Files.readAllBytes(Path.of(FIXTURE));
        byte[] index = ("<html><body><a href=\"2013-October.txt\">[ Text ]</a>"
                        + "<a href=\"2013-November.txt\">[ Text ]</a></body></html>")
                .getBytes(StandardCharsets.US_ASCII);
        server.createContext("/pipermail/bestbits/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] body = path.endsWith("/") ? index : path.endsWith("2013-November.txt") ? month : null;
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                if (body != null) {
                    exchange.getResponseBody().write(body);
                }
            }
        });
        server.start();
        try {
            String list = "http://127.0.0.1:" + server.getAddress().getPort() + "/pipermail/bestbits/";

            CommandRun run = CommandRun.of(
                    "import", "--data-dir", dataDir.toString(), "--project", "Bestbits", "--from", "2013-11", list);

            assertThat(run.exitCode()).as("exit code").isZero();
            assertThat(run.out()).as("printed report").contains("Bestbits: Read 2, imported 2, duplicates 0");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_month_that_is_not_a_month_or_an_address_among_files_is_a_usage_error() {
        CommandRun badMonth = CommandRun.of(
                "import",
                "--data-dir",
                dataDir.toString(),
                "--project",
                "P",
                "--from",
                "November",
                "http://127.0.0.1:1/pipermail/bestbits/");
        CommandRun mixed = CommandRun.of(
                "import",
                "--data-dir",
                dataDir.toString(),
                "--project",
                "P",
                FIXTURE,
                "http://127.0.0.1:1/pipermail/bestbits/");

        assertThat(badMonth.exitCode()).as("a month that is not one").isEqualTo(2);
        assertThat(badMonth.err()).as("its message").contains("--from needs a month such as 2013-11, not 'November'.");
        assertThat(mixed.exitCode()).as("an address among files").isEqualTo(2);
    }

    @Test
    void missing_project_or_file_is_a_usage_error() {
        assertThat(CommandRun.of("import", "--data-dir", dataDir.toString(), FIXTURE)
                        .exitCode())
                .as("without --project")
                .isEqualTo(2);
        CommandRun missing =
                CommandRun.of("import", "--data-dir", dataDir.toString(), "--project", "P", "no-such-file.mbox");
        assertThat(missing.exitCode()).as("missing file").isEqualTo(2);
        assertThat(missing.err()).as("message").contains("no-such-file.mbox does not exist");
    }
}
