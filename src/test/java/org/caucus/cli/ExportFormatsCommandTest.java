package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} in every format, on a synthetic coded debate: 600 passages by 20 participants in
 * two organisations, over 2013, on three lists, by three coders, a fifth of them quoted.
 */
class ExportFormatsCommandTest {

    private static final int PASSAGES = 600;

    // One database for the whole class: starting the command line is what takes the time here.
    @TempDir
    static Path dir;

    private static String dataDir;

    @BeforeAll
    static void syntheticProject() {
        dataDir = dir.resolve("data").toString();
        // The import creates the database; the synthetic project is then written beside the imported one.
        CommandRun imported = CommandRun.of(
                "import",
                "--data-dir",
                dataDir,
                "--project",
                "Bestbits",
                "src/test/resources/importing/2013-November.txt");
        assertThat(imported.exitCode()).as("import exit code").isZero();
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + dataDir + "/caucus");
        database.setUser("sa");
        new SyntheticCoding(database).generate("Synthetic", SyntheticCoding.Shape.of(PASSAGES, 20, 10));
    }

    @Test
    void the_workbook_and_the_csv_hold_only_the_passages_the_filters_take() throws Exception {
        List<String> all = listColumn(export("all.xlsx"));
        List<String> bestbits = listColumn(export("bestbits.xlsx", "--list", "bestbits"));
        List<String> csv = Files.readAllLines(export("supports.csv", "--format", "csv", "--qualifier", "supports"));

        assertThat(all).as("every passage").hasSize(PASSAGES);
        assertThat(all).as("lists of every passage").contains("governance", "1net-discuss");
        assertThat(bestbits)
                .as("lists of the passages on bestbits")
                .isNotEmpty()
                .hasSizeLessThan(PASSAGES)
                .containsOnly("bestbits");
        assertThat(csv.getFirst()).as("CSV header").startsWith("Annotation id,Date,List,Thread,Link,Poster,Speaker,");
        assertThat(csv.subList(1, csv.size()))
                .as("CSV rows, supports only")
                .isNotEmpty()
                .hasSizeLessThan(PASSAGES)
                .allSatisfy(row -> assertThat(row).contains(",supports,").doesNotContain(",opposes,"));
    }

    @Test
    void graphml_is_the_congruence_network_by_default_and_narrows_with_the_dates() throws IOException {
        String year = Files.readString(export("year.graphml", "--format", "graphml"));
        String january = Files.readString(export("january.graphml", "--format", "graphml", "--to", "2013-01-31"));
        String affiliation = Files.readString(
                export("orgs.graphml", "--format", "graphml", "--network", "affiliation", "--level", "organisation"));

        assertThat(year).as("GraphML").startsWith("<?xml").contains("<graphml", "participant-");
        assertThat(count("<edge ", january)).as("ties in January").isPositive().isLessThan(count("<edge ", year));
        assertThat(affiliation)
                .as("affiliation of organisations")
                .contains("organisation-", "position-")
                .doesNotContain("participant-");
    }

    @Test
    void qdpx_and_backup_hold_the_whole_project_and_come_back() throws IOException {
        Path qdpx = export("synthetic.qdpx", "--format", "qdpx");
        Path backup = export("synthetic.zip", "--format", "backup");

        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            String project =
                    new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(count("<Coding ", project)).as("codings in project.qde").isEqualTo(PASSAGES);
        }
        CommandRun restored =
                CommandRun.of("restore", "--data-dir", dataDir, "--in", backup.toString(), "--project", "Copy");
        assertThat(restored.exitCode())
                .as("restore exit code; stderr: " + restored.err())
                .isZero();
        assertThat(restored.out()).as("restore report").contains("annotation " + PASSAGES);
    }

    @Test
    void an_option_that_does_not_fit_the_format_is_refused_and_nothing_is_written() {
        Path out = dir.resolve("x.out");

        assertUsageError(run(out, "--format", "pdf"), "--format 'pdf' is not a format; choose xlsx, csv, graphml");
        assertUsageError(
                run(out, "--format", "backup", "--from", "2013-01-01"),
                "--from does not apply to --format backup: it always holds the whole project.");
        assertUsageError(
                run(out, "--format", "graphml", "--sheets", "about"), "--sheets does not apply to --format graphml");
        assertUsageError(run(out, "--network", "congruence"), "--network does not apply to --format xlsx");
        assertUsageError(
                run(out, "--format", "graphml", "--network", "friendship"),
                "--network 'friendship' must be one of congruence, conflict, affiliation.");
        assertUsageError(
                run(out, "--format", "graphml", "--level", "country"),
                "--level 'country' must be participant or organisation.");
        assertUsageError(run(out, "--context", "-3"), "--context '-3' must be a number of characters from 0 to 5000.");
        assertUsageError(
                run(out, "--format", "csv", "--to", "2013-01-01", "--from", "2013-02-01"),
                "--to 2013-01-01 is before --from 2013-02-01.");
        assertThat(out).as("nothing written").doesNotExist();
    }

    private Path export(String fileName, String... options) {
        Path out = dir.resolve(fileName);
        CommandRun run = run(out, options);
        assertThat(run.exitCode())
                .as("exit code of export " + fileName + "; stderr: " + run.err())
                .isZero();
        assertThat(run.out()).as("printed").contains("Wrote " + out);
        return out;
    }

    private CommandRun run(Path out, String... options) {
        List<String> args = new ArrayList<>(
                List.of("export", "--data-dir", dataDir, "--project", "Synthetic", "--out", out.toString()));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** The "List" column of the "Coded passages" sheet, below its header. */
    private static List<String> listColumn(Path workbookFile) throws IOException {
        try (InputStream in = Files.newInputStream(workbookFile);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Coded passages");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue())
                    .as("third column")
                    .isEqualTo("List");
            List<String> lists = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    lists.add(row.getCell(2).getStringCellValue());
                }
            }
            return lists;
        }
    }

    private static long count(String what, String text) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    private static void assertUsageError(CommandRun run, String message) {
        assertThat(run.exitCode()).as("exit code for " + message).isEqualTo(2);
        assertThat(run.err()).as("message").contains(message).contains("usage: java -jar caucus.jar export");
    }
}
