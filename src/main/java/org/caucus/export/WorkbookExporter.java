package org.caucus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.analysis.Rollup;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/** Writes the report workbook with the chosen sheets, streaming: a million passages fit in a small heap. */
@Component
class WorkbookExporter {

    /** Rows kept in memory while streaming; the rest go to a temporary file. */
    private static final int ROWS_IN_MEMORY = 100;

    /** The position matrix sheets, one per rollup; countries are left to the comparison page. */
    private static final List<Rollup> MATRIX_ROLLUPS =
            List.of(Rollup.PARTICIPANT, Rollup.ORGANISATION, Rollup.STAKEHOLDER_GROUP);

    private final CodedPassageQuery passages;
    private final PositionMatrixService matrices;
    private final TimelineQuery timelines;
    private final CodebookSheet codebookSheet;
    private final ParticipantsSheet participantsSheet;
    private final MessagesSheet messagesSheet;
    private final CodebookService codebook;

    WorkbookExporter(
            CodedPassageQuery passages,
            PositionMatrixService matrices,
            TimelineQuery timelines,
            CodebookSheet codebookSheet,
            ParticipantsSheet participantsSheet,
            MessagesSheet messagesSheet,
            CodebookService codebook) {
        this.passages = passages;
        this.matrices = matrices;
        this.timelines = timelines;
        this.codebookSheet = codebookSheet;
        this.participantsSheet = participantsSheet;
        this.messagesSheet = messagesSheet;
        this.codebook = codebook;
    }

    /** The settings a workbook shares with its About sheet. */
    record Context(String baseUrl, String version, ZonedDateTime exportedAt) {}

    /** @return the data rows of each sheet written, by sheet name */
    Map<String, Long> write(Project project, ExportRequest request, Context context, OutputStream out)
            throws IOException {
        ScopeFilter scope = new ScopeFilter(project.getId(), request.scope());
        List<PositionChoice> positions = codebook.positions(project.getId());
        Map<String, Long> rows = new LinkedHashMap<>();
        // The matrix by participant serves two sheets; each is one group-by over every passage in scope.
        Map<Rollup, PositionMatrix> matrixBy = new EnumMap<>(Rollup.class);
        Function<Rollup, PositionMatrix> matrix =
                rollup -> matrixBy.computeIfAbsent(rollup, r -> matrices.matrix(project, request.scope(), r));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Cells cells = new Cells(new WorkbookStyles(workbook));
            Sheet about = request.includes(WorkbookSheet.ABOUT) ? workbook.createSheet(AboutSheet.NAME) : null;
            if (request.includes(WorkbookSheet.CODED_PASSAGES)) {
                CodedPassagesSheet sheet = new CodedPassagesSheet(workbook, cells);
                passages.forEach(scope, request.contextChars(), context.baseUrl(), sheet::add);
                rows.put(CodedPassagesSheet.NAME, sheet.finish());
            }
            if (request.includes(WorkbookSheet.POSITION_MATRIX)) {
                for (Rollup rollup : MATRIX_ROLLUPS) {
                    rows.put(
                            PositionMatrixSheet.name(rollup),
                            PositionMatrixSheet.write(workbook, cells, matrix.apply(rollup)));
                }
            }
            if (request.includes(WorkbookSheet.BINARY_MATRIX)) {
                rows.put(
                        BinaryMatrixSheet.NAME,
                        BinaryMatrixSheet.write(workbook, cells, matrix.apply(Rollup.PARTICIPANT)));
            }
            if (request.includes(WorkbookSheet.TIMELINE)) {
                rows.put(
                        TimelineSheet.NAME,
                        TimelineSheet.write(
                                workbook,
                                cells,
                                timelines.timeline(
                                        scope,
                                        request.scope(),
                                        positions.stream()
                                                .map(PositionChoice::id)
                                                .toList()),
                                positions));
            }
            if (request.includes(WorkbookSheet.CODEBOOK)) {
                rows.put(
                        CodebookSheet.NAME,
                        codebookSheet.write(
                                workbook, cells, project.getId(), matrices.positionTotals(project, request.scope())));
            }
            if (request.includes(WorkbookSheet.PARTICIPANTS)) {
                rows.put(ParticipantsSheet.NAME, participantsSheet.write(workbook, cells, scope));
            }
            if (request.includes(WorkbookSheet.MESSAGES)) {
                rows.put(MessagesSheet.NAME, messagesSheet.write(workbook, cells, scope, context.baseUrl()));
            }
            if (about != null) {
                AboutSheet.write(
                        about,
                        cells,
                        new AboutSheet.Facts(
                                project.getName(),
                                request,
                                context.exportedAt(),
                                context.version(),
                                context.baseUrl(),
                                rows));
            }
            workbook.write(out);
        }
        return rows;
    }
}
