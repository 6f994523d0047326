package org.caucus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.analysis.Rollup;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/**
 * Writes the report workbook with the chosen sheets, streaming: a million passages fit in a small
 * heap. One pass over the passages in scope writes the "Coded passages" rows and tallies what the
 * matrices, the Timeline, the Codebook, the Participants and the Messages sheets count
 * ({@link PassageTallies});
 * the sheets are created in their final order and each filled once its data is ready, the About
 * sheet last, with every sheet's row count.
 */
@Component
class WorkbookExporter {

    /** Rows kept in memory while streaming; the rest go to a temporary file. */
    private static final int ROWS_IN_MEMORY = 100;

    /** The position matrix sheets, one per rollup; countries are left to the comparison page. */
    private static final List<Rollup> MATRIX_ROLLUPS =
            List.of(Rollup.PARTICIPANT, Rollup.ORGANISATION, Rollup.STAKEHOLDER_GROUP);

    /** The sheets whose numbers {@link PassageTallies} counts. */
    private static final Set<WorkbookSheet> TALLIED = EnumSet.of(
            WorkbookSheet.POSITION_MATRIX,
            WorkbookSheet.BINARY_MATRIX,
            WorkbookSheet.TIMELINE,
            WorkbookSheet.CODEBOOK,
            WorkbookSheet.PARTICIPANTS,
            WorkbookSheet.MESSAGES);

    private final CodedPassageQuery passages;
    private final CodebookSheet codebookSheet;
    private final ParticipantsSheet participantsSheet;
    private final MessagesSheet messagesSheet;
    private final CodebookService codebook;

    WorkbookExporter(
            CodedPassageQuery passages,
            CodebookSheet codebookSheet,
            ParticipantsSheet participantsSheet,
            MessagesSheet messagesSheet,
            CodebookService codebook) {
        this.passages = passages;
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
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Cells cells = new Cells(new WorkbookStyles(workbook));
            Sheet about = request.includes(WorkbookSheet.ABOUT) ? workbook.createSheet(AboutSheet.NAME) : null;
            CodedPassagesSheet passageSheet =
                    request.includes(WorkbookSheet.CODED_PASSAGES) ? new CodedPassagesSheet(workbook, cells) : null;
            PassageTallies tallies = null;
            if (passageSheet != null || request.sheets().stream().anyMatch(TALLIED::contains)) {
                Roster roster = passages.roster(project.getId());
                PassageTallies counted = new PassageTallies(request.scope().counting(), positions, roster);
                Consumer<CodedPassage> sink = passageSheet == null
                        ? counted::add
                        : passage -> {
                            passageSheet.add(passage);
                            counted.add(passage);
                        };
                passages.forEach(scope, roster, positions, request.contextChars(), context.baseUrl(), sink);
                tallies = counted;
            }
            if (passageSheet != null) {
                rows.put(CodedPassagesSheet.NAME, passageSheet.finish());
            }
            if (request.includes(WorkbookSheet.POSITION_MATRIX)) {
                for (Rollup rollup : MATRIX_ROLLUPS) {
                    rows.put(
                            PositionMatrixSheet.name(rollup),
                            PositionMatrixSheet.write(workbook, cells, tallies.matrix(rollup)));
                }
            }
            if (request.includes(WorkbookSheet.BINARY_MATRIX)) {
                rows.put(
                        BinaryMatrixSheet.NAME,
                        BinaryMatrixSheet.write(workbook, cells, tallies.matrix(Rollup.PARTICIPANT)));
            }
            if (request.includes(WorkbookSheet.TIMELINE)) {
                rows.put(TimelineSheet.NAME, TimelineSheet.write(workbook, cells, tallies.timeline(), positions));
            }
            if (request.includes(WorkbookSheet.CODEBOOK)) {
                rows.put(
                        CodebookSheet.NAME,
                        codebookSheet.write(workbook, cells, project.getId(), tallies.positionTotals()));
            }
            if (request.includes(WorkbookSheet.PARTICIPANTS)) {
                rows.put(
                        ParticipantsSheet.NAME,
                        participantsSheet.write(workbook, cells, scope, tallies.statementsBySpeaker()));
            }
            if (request.includes(WorkbookSheet.MESSAGES)) {
                rows.put(
                        MessagesSheet.NAME,
                        messagesSheet.write(workbook, cells, scope, context.baseUrl(), tallies::passages));
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
