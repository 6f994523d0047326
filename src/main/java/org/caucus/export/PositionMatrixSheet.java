package org.caucus.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.PositionChoice;

/**
 * The "Position matrix" sheet: participants down, positions across. Each position takes three
 * columns (supports, opposes, neutral) under its issue and position headers, so that the numbers
 * stay plain counts that R or pandas read without parsing.
 */
final class PositionMatrixSheet {

    static final String NAME = "Position matrix";
    private static final List<String> QUALIFIERS = List.of("supports", "opposes", "neutral");
    private static final int HEADER_ROWS = 3;

    private PositionMatrixSheet() {}

    static void write(SXSSFWorkbook workbook, Cells cells, PositionMatrix matrix) {
        Sheet sheet = workbook.createSheet(NAME);
        writeHeader(sheet, cells, matrix.positions());
        int rowIndex = HEADER_ROWS;
        for (PositionMatrix.Row participant : matrix.rows()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, participant.label());
            int column = 1;
            for (PositionChoice position : matrix.positions()) {
                StanceCount count = participant.count(position.id());
                cells.number(row, column++, count.supports());
                cells.number(row, column++, count.opposes());
                cells.number(row, column++, count.neutral());
            }
        }
        int lastColumn = matrix.positions().size() * QUALIFIERS.size();
        sheet.createFreezePane(1, HEADER_ROWS);
        sheet.setAutoFilter(
                new CellRangeAddress(HEADER_ROWS - 1, Math.max(HEADER_ROWS - 1, rowIndex - 1), 0, lastColumn));
    }

    private static void writeHeader(Sheet sheet, Cells cells, List<PositionChoice> positions) {
        Row issues = sheet.createRow(0);
        Row names = sheet.createRow(1);
        Row qualifiers = sheet.createRow(2);
        cells.header(issues, 0, "Issue");
        cells.header(names, 0, "Position");
        cells.header(qualifiers, 0, "Participant");
        sheet.setColumnWidth(0, 28 * 256);
        int column = 1;
        String previousIssue = null;
        int issueStart = 1;
        for (PositionChoice position : positions) {
            if (!position.issue().equals(previousIssue)) {
                mergeIfWide(sheet, 0, issueStart, column - 1);
                cells.header(issues, column, position.issue());
                previousIssue = position.issue();
                issueStart = column;
            }
            cells.header(names, column, position.name());
            mergeIfWide(sheet, 1, column, column + QUALIFIERS.size() - 1);
            for (String qualifier : QUALIFIERS) {
                cells.header(qualifiers, column, qualifier);
                sheet.setColumnWidth(column++, 11 * 256);
            }
        }
        mergeIfWide(sheet, 0, issueStart, column - 1);
        names.setHeightInPoints(60);
    }

    private static void mergeIfWide(Sheet sheet, int row, int firstColumn, int lastColumn) {
        if (lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
        }
    }
}
