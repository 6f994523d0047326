package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String FIXTURE = "src/test/resources/importing/2013-November.txt";

    @TempDir
    Path dataDir;

    @BeforeEach
    void importedProject() {
        assertThat(CommandRun.of("import", "--data-dir", dataDir.toString(), "--project", "Bestbits", FIXTURE)
                        .exitCode())
                .as("import exit code")
                .isZero();
    }

    @Test
    void export_writes_the_chosen_sheets_to_the_named_file() throws Exception {
        Path out = dataDir.resolve("report.xlsx");

        CommandRun run = export(
                out,
                "--from",
                "2013-11-01",
                "--counting",
                "occurrences",
                "--sheets",
                "about,coded-passages,participants");

        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isZero();
        assertThat(run.out()).as("printed").contains("Wrote " + out);
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).as("sheets").containsExactly("About", "Coded passages", "Participants");
            assertThat(workbook.getSheet("Participants").getLastRowNum())
                    .as("participants of the imported archive")
                    .isPositive();
            List<String> about = new ArrayList<>();
            workbook.getSheet("About").forEach(row -> row.forEach(cell -> about.add(cell.toString())));
            assertThat(about).as("about").contains("2013-11-01", "Every occurrence");
        }
    }

    @Test
    void export_writes_csv_with_the_passage_columns() throws Exception {
        Path out = dataDir.resolve("passages.csv");

        CommandRun run = export(out, "--format", "csv");

        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .as("CSV header")
                .startsWith("Annotation id,Date,List,Thread,Link,Poster,Speaker,");
    }

    @Test
    void bad_options_are_usage_errors_that_name_the_option() {
        Path out = dataDir.resolve("x.xlsx");
        String dir = dataDir.toString();

        assertUsageError(export(out, "--format", "pdf"), "--format 'pdf' is not a format");
        assertUsageError(
                export(out, "--consensus", "--coder", "alice"),
                "--consensus counts the consensus coder's passages only");
        assertUsageError(export(out, "--from", "2013-13-01"), "--from '2013-13-01' is not a date");
        assertUsageError(export(out, "--counting", "all"), "--counting 'all' must be one of statements, occurrences");
        assertUsageError(export(out, "--sheets", "charts"), "--sheets: 'charts' is not a sheet");
        assertUsageError(
                CommandRun.of("export", "--data-dir", dir, "--project", "Nope", "--out", out.toString()),
                "There is no project named 'Nope'");
        assertUsageError(CommandRun.of("export", "--data-dir", dir, "--project", "Bestbits"), "--out is required");
        assertThat(out).as("nothing written").doesNotExist();
    }

    /** Runs {@code export} on the imported project into {@code out} with these options. */
    private CommandRun export(Path out, String... options) {
        List<String> args = new ArrayList<>(
                List.of("export", "--data-dir", dataDir.toString(), "--project", "Bestbits", "--out", out.toString()));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static void assertUsageError(CommandRun run, String message) {
        assertThat(run.exitCode()).as("exit code for " + message).isEqualTo(2);
        assertThat(run.err()).as("message").contains(message).contains("usage: java -jar caucus.jar export");
    }
}
