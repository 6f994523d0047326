package org.caucus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRow;
import org.caucus.project.Project;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a project's report workbook into the exports folder. */
@Service
public class WorkbookExporter {

    /** Rows kept in memory while streaming; the rest go to a temporary file. */
    private static final int ROWS_IN_MEMORY = 100;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final CodingService coding;
    private final PositionMatrixService matrices;
    private final Path exportsDir;
    private final Clock clock;

    WorkbookExporter(
            CodingService coding,
            PositionMatrixService matrices,
            @Value("${caucus.exports-dir}") Path exportsDir,
            Clock clock) {
        this.coding = coding;
        this.matrices = matrices;
        this.exportsDir = exportsDir;
        this.clock = clock;
    }

    /**
     * Writes the workbook and returns its path. It is written to a temporary name first and moved
     * into place, so the exports folder never shows a half-written workbook.
     */
    @Transactional(readOnly = true)
    public Path export(Project project) {
        try {
            Files.createDirectories(exportsDir);
            Path target = exportsDir.resolve(fileName(project));
            Path partial = Files.createTempFile(exportsDir, ".caucus-", ".xlsx.part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                write(project, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook into " + exportsDir.toAbsolutePath(), e);
        }
    }

    private void write(Project project, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                Stream<PassageRow> passages = coding.passageRows(project)) {
            Cells cells = new Cells(new WorkbookStyles(workbook));
            CodedPassagesSheet.write(workbook, cells, passages);
            PositionMatrixSheet.write(workbook, cells, matrices.matrix(project));
            workbook.write(out);
        }
    }

    private String fileName(Project project) {
        String safeName = project.getName().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return "caucus-" + safeName + "-" + LocalDateTime.now(clock).format(STAMP) + ".xlsx";
    }
}
