package org.caucus.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** What every sheet has: a bold header row with set widths, frozen, and an auto-filter over the table. */
final class SheetFrame {

    private SheetFrame() {}

    /** Writes the headers into {@code row} and sets each column's width in characters. */
    static void headers(Sheet sheet, Cells cells, int rowIndex, String[] headers, int[] widths) {
        Row row = sheet.createRow(rowIndex);
        for (int column = 0; column < headers.length; column++) {
            cells.header(row, column, headers[column]);
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    /**
     * Freezes everything above the table's data and the first {@code frozenColumns} columns, and
     * puts a filter on the header row.
     */
    static void finish(Sheet sheet, int headerRow, int lastRow, int lastColumn, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
    }
}
