package org.caucus.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.PositionChoice;

/**
 * The "Matrix (0/1)" sheet: participants by positions, 1 where a participant supports (or
 * opposes) a position at least once. One header row and nothing merged, ready for statistics.
 */
final class BinaryMatrixSheet {

    static final String NAME = "Matrix (0-1)";

    private BinaryMatrixSheet() {}

    /** @return the number of participant rows */
    static long write(SXSSFWorkbook workbook, Cells cells, PositionMatrix matrix) {
        Sheet sheet = workbook.createSheet(NAME);
        List<PositionChoice> positions = matrix.positions();
        String[] headers = new String[1 + positions.size() * 2];
        int[] widths = new int[headers.length];
        headers[0] = matrix.rollup().label();
        widths[0] = 28;
        for (int i = 0; i < positions.size(); i++) {
            headers[1 + 2 * i] = positions.get(i).name() + " (supports)";
            headers[2 + 2 * i] = positions.get(i).name() + " (opposes)";
            widths[1 + 2 * i] = 16;
            widths[2 + 2 * i] = 16;
        }
        SheetFrame.headers(sheet, cells, 0, headers, widths);
        int rowIndex = 1;
        for (PositionMatrix.Row actor : matrix.rows()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, actor.label());
            for (int i = 0; i < positions.size(); i++) {
                StanceCount count = actor.count(positions.get(i).id());
                cells.number(row, 1 + 2 * i, count.supports() > 0 ? 1 : 0);
                cells.number(row, 2 + 2 * i, count.opposes() > 0 ? 1 : 0);
            }
        }
        SheetFrame.finish(sheet, 0, rowIndex - 1, headers.length - 1, 1);
        return matrix.rows().size();
    }
}
