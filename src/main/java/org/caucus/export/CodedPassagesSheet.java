package org.caucus.export;

import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.analysis.PositionMatrix;
import org.caucus.coding.PassageRow;

/** The "Coded passages" sheet: one row per coded passage, ready for a filter or a pivot table. */
final class CodedPassagesSheet {

    static final String NAME = "Coded passages";
    private static final List<String> COLUMNS = List.of(
            "Date", "Subject", "Poster", "Speaker", "Issue", "Position", "Qualifier", "Passage", "Coder", "Memo");
    private static final int[] WIDTHS = {17, 40, 20, 20, 40, 40, 10, 80, 12, 40};

    private CodedPassagesSheet() {}

    static void write(SXSSFWorkbook workbook, Cells cells, Stream<PassageRow> passages) {
        Sheet sheet = workbook.createSheet(NAME);
        Row header = sheet.createRow(0);
        for (int column = 0; column < COLUMNS.size(); column++) {
            cells.header(header, column, COLUMNS.get(column));
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        int[] next = {1};
        passages.forEach(passage -> {
            Row row = sheet.createRow(next[0]++);
            cells.date(row, 0, passage.sentAt());
            cells.text(row, 1, passage.subject());
            cells.text(row, 2, passage.poster());
            cells.text(row, 3, passage.speaker() == null ? PositionMatrix.UNKNOWN_SPEAKER : passage.speaker());
            cells.text(row, 4, passage.issue());
            cells.text(row, 5, passage.position());
            cells.text(row, 6, passage.qualifier().label());
            cells.text(row, 7, passage.passage());
            cells.text(row, 8, passage.coder());
            cells.text(row, 9, passage.memo());
        });
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, COLUMNS.size() - 1));
    }
}
