package org.caucus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.analysis.ComparisonScope;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.StakeholderGroup;
import org.caucus.export.ExportFormat;
import org.caucus.export.ExportRequest;
import org.caucus.export.ExportService;
import org.caucus.export.WorkbookSheet;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-export}: generates a project with a million coded passages, exports the full
 * workbook, and compares it with a floor measured in the same run: POI's streaming writer putting
 * the same values into the two sheets that grow with the corpus ("Coded passages" and
 * "Messages"), with no database and no styles. Run it with {@code -Xmx256m}; it prints the ratio
 * and the peak heap, and with {@code --libreoffice} checks that LibreOffice opens the workbook.
 * With {@code --reuse} it times again the corpus an earlier run left in the data folder.
 */
@Component
class ExportBenchmarkCommand implements Command {

    private static final double MB = 1024.0 * 1024.0;
    private static final int ROWS_IN_MEMORY = 100;
    private static final int WARM_UP = 50_000;
    private static final String PROJECT = "benchmark";
    private static final int PARTICIPANTS = 500;
    private static final int POSITIONS = 20;
    /** Generated passages are all coded "now"; the floor writes one date-time just the same. */
    private static final LocalDateTime CODED_AT = LocalDateTime.now(ZoneOffset.UTC);

    private final ProjectService projects;
    private final ExportService exports;
    private final DataSource dataSource;
    private final String baseUrl;
    private final Path dataDir;

    ExportBenchmarkCommand(
            ProjectService projects,
            ExportService exports,
            DataSource dataSource,
            @Value("${caucus.base-url}") String baseUrl,
            @Value("${caucus.data-dir}") Path dataDir) {
        this.projects = projects;
        this.exports = exports;
        this.dataSource = dataSource;
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
    }

    @Override
    public String name() {
        return "benchmark-export";
    }

    @Override
    public Set<String> flags() {
        return Set.of("libreoffice", "reuse");
    }

    @Override
    public String usage() {
        return "--data-dir EMPTY_DIR [--annotations N] [--libreoffice] [--reuse]   (run with -Xmx256m)";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("annotations", "libreoffice", "reuse"));
        SyntheticCoding synthetic = new SyntheticCoding(dataSource);
        // Generating a million passages takes minutes; --reuse times again what an earlier run generated.
        boolean reuse = arguments.flag("reuse") && projects.findByName(PROJECT).isPresent();
        if (!reuse && !projects.isEmpty()) {
            throw new UsageException("The benchmark needs a fresh database: give --data-dir an empty folder"
                    + " (or, with --reuse, the folder of an earlier run).");
        }
        int annotations = reuse ? synthetic.annotations(PROJECT) : annotations(arguments);
        SyntheticCoding.Shape shape = SyntheticCoding.Shape.of(annotations, PARTICIPANTS, POSITIONS);
        PassageRecording passages = new PassageRecording(annotations);
        long start = System.nanoTime();
        SyntheticCoding.Corpus corpus =
                reuse ? synthetic.replay(PROJECT, shape, passages) : synthetic.generate(PROJECT, shape, passages);
        Project project = projects.findByName(PROJECT).orElseThrow();
        out.printf(
                "%s %d coded passages by %d participants in %d organisations on %d positions"
                        + " in %d messages in %.1f s%n",
                reuse ? "Reusing the corpus an earlier run generated: replayed" : "Generated",
                corpus.annotations(),
                corpus.participants(),
                shape.organisations(),
                corpus.positions(),
                corpus.messages(),
                seconds(start));

        try {
            // Beside the database it was made from, so that it goes with the folder rather than pile up elsewhere.
            Path folder = Files.createDirectories(dataDir.resolve("benchmark-export"));
            int context = exports.defaultContextChars();
            // A short warm-up, so that the floor is not measured on a cold JVM while the export runs on a warm one.
            floor(passages, shape, Math.min(annotations, WARM_UP), context, folder.resolve("warm-up.xlsx"), out);
            double floor = floor(passages, shape, annotations, context, folder.resolve("floor.xlsx"), out);
            // The export must not carry the floor's record of the passages in its heap.
            passages = null;

            ExportRequest request = new ExportRequest(
                    ComparisonScope.everything(), EnumSet.allOf(WorkbookSheet.class), context, ExportFormat.XLSX);
            HeapSampler heap = HeapSampler.start();
            start = System.nanoTime();
            Path workbook = exports.exportTo(project, request, folder.resolve("benchmark.xlsx"));
            double exportSeconds = seconds(start);
            long peakHeap = heap.stop();
            out.printf(
                    "Caucus export, every sheet: %.1f s, %.1f MB, peak heap %.0f MB of %.0f MB"
                            + " (%.0f MB just after a collection)%n",
                    exportSeconds,
                    Files.size(workbook) / MB,
                    peakHeap / MB,
                    Runtime.getRuntime().maxMemory() / MB,
                    heap.peakAfterCollection() / MB);
            out.printf("Ratio to the POI floor: %.2fx (target 1.5x or less)%n", exportSeconds / floor);
            if (arguments.flag("libreoffice")) {
                openInLibreOffice(workbook, folder, out);
            }
            out.println("Workbook kept at " + workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OK;
    }

    /** POI alone: the same passage and message values, from the generator's record, into unstyled streamed sheets. */
    private double floor(
            PassageRecording passages, SyntheticCoding.Shape shape, int rows, int context, Path file, PrintStream out)
            throws IOException {
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Coded passages");
            Row header = sheet.createRow(0);
            for (int column = 0; column < 21; column++) {
                header.createCell(column).setCellValue("column " + column);
            }
            for (int a = 0; a < rows; a++) {
                writeFloorRow(sheet.createRow(a + 1), shape, passages.get(a), context);
            }
            writeFloorMessages(workbook.createSheet("Messages"), shape, passages, rows);
            workbook.write(stream);
        }
        double seconds = seconds(start);
        long peakHeap = heap.stop();
        out.printf(
                "POI floor, %d rows of coded passages and their messages: %.1f s, %.1f MB, peak heap %.0f MB"
                        + " (%.0f MB just after a collection)%n",
                rows, seconds, Files.size(file) / MB, peakHeap / MB, heap.peakAfterCollection() / MB);
        Files.delete(file);
        return seconds;
    }

    /** The 21 values of a "Coded passages" row, as the export writes them for this passage. */
    private void writeFloorRow(Row row, SyntheticCoding.Shape shape, SyntheticCoding.Passage passage, int context) {
        int message = passage.message();
        int organisation = shape.organisationOf(passage.speaker());
        int issue = passage.position() / shape.positionsPerIssue();
        String body = SyntheticCoding.BODY;
        int from = passage.start();
        int to = from + SyntheticCoding.PASSAGE_LENGTH;
        int column = 0;
        row.createCell(column++).setCellValue(passage.annotation() + 1);
        row.createCell(column++).setCellValue(LocalDateTime.ofInstant(shape.sentAt(message), ZoneOffset.UTC));
        row.createCell(column++).setCellValue(shape.list(message));
        row.createCell(column++).setCellValue(shape.threadSubject(message));
        row.createCell(column++).setCellValue(baseUrl + "/messages/" + (message + 1));
        row.createCell(column++).setCellValue(SyntheticCoding.participantName(passage.poster()));
        row.createCell(column++).setCellValue(SyntheticCoding.participantName(passage.speaker()));
        row.createCell(column++).setCellValue(SyntheticCoding.organisationName(organisation));
        row.createCell(column++)
                .setCellValue(StakeholderGroup.valueOf(SyntheticCoding.stakeholderGroup(organisation))
                        .label());
        row.createCell(column++).setCellValue(SyntheticCoding.country(organisation));
        row.createCell(column++).setCellValue(SyntheticCoding.issueName(issue));
        row.createCell(column++)
                .setCellValue(SyntheticCoding.positionName(issue, passage.position() % shape.positionsPerIssue()));
        row.createCell(column++)
                .setCellValue(StanceQualifier.valueOf(passage.qualifier()).label());
        row.createCell(column++).setCellValue(passage.text());
        row.createCell(column++).setCellValue(body.substring(Math.max(0, from - context), from));
        row.createCell(column++).setCellValue(body.substring(to, Math.min(body.length(), to + context)));
        row.createCell(column++)
                .setCellValue(
                        passage.quoted()
                                ? LocalDate.ofInstant(shape.sentAt(passage.originMessage()), ZoneOffset.UTC) + " · "
                                        + shape.subject(passage.originMessage())
                                : null);
        row.createCell(column++).setCellValue((passage.originMessage() + 1) + ":" + passage.firstAnnotation());
        row.createCell(column++).setCellValue(passage.coderName());
        row.createCell(column++).setCellValue((String) null);
        row.createCell(column).setCellValue(CODED_AT);
    }

    /**
     * The 8 values of each "Messages" row of the messages these passages lie in, the only other
     * sheet that grows with the corpus (a row per message); the rest are a few hundred rows.
     */
    private void writeFloorMessages(Sheet sheet, SyntheticCoding.Shape shape, PassageRecording passages, int rows) {
        Row header = sheet.createRow(0);
        for (int column = 0; column < 8; column++) {
            header.createCell(column).setCellValue("column " + column);
        }
        int next = 1;
        // The recording is in message order, each message's passages together.
        for (int a = 0; a < rows; ) {
            SyntheticCoding.Passage first = passages.get(a);
            int message = first.message();
            int coded = 0;
            while (a < rows && passages.get(a).message() == message) {
                coded++;
                a++;
            }
            Row row = sheet.createRow(next++);
            int column = 0;
            row.createCell(column++).setCellValue(message + 1);
            row.createCell(column++).setCellValue(LocalDateTime.ofInstant(shape.sentAt(message), ZoneOffset.UTC));
            row.createCell(column++).setCellValue(shape.list(message));
            row.createCell(column++).setCellValue(shape.subject(message));
            row.createCell(column++).setCellValue(shape.threadSubject(message));
            row.createCell(column++).setCellValue(baseUrl + "/messages/" + (message + 1));
            row.createCell(column++).setCellValue(SyntheticCoding.participantName(first.poster()));
            row.createCell(column).setCellValue(coded);
        }
    }

    private static void openInLibreOffice(Path workbook, Path folder, PrintStream out) {
        long start = System.nanoTime();
        try {
            Process soffice = new ProcessBuilder(
                            "soffice",
                            "--headless",
                            "--convert-to",
                            "csv",
                            "--outdir",
                            folder.toString(),
                            workbook.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(soffice.getInputStream().readAllBytes()).strip();
            boolean finished = soffice.waitFor(60, TimeUnit.MINUTES);
            Path csv = folder.resolve(workbook.getFileName().toString().replace(".xlsx", ".csv"));
            boolean converted = finished && soffice.exitValue() == 0 && Files.isRegularFile(csv);
            out.printf(
                    "LibreOffice headless: %s in %.0f s (%s)%n",
                    converted ? "opened and converted the workbook" : "FAILED", seconds(start), output);
        } catch (IOException e) {
            out.println("LibreOffice: soffice is not available (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int annotations(CommandArguments arguments) {
        String value = arguments.option("annotations").orElse("1000000");
        try {
            int annotations = Integer.parseInt(value);
            if (annotations < 1 || annotations > 1_048_000) {
                throw new UsageException(
                        "--annotations must be between 1 and 1048000 (a sheet's row limit), not " + value + ".");
            }
            return annotations;
        } catch (NumberFormatException e) {
            throw new UsageException("--annotations '" + value + "' is not a number.");
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
