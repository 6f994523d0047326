package org.caucus.export;

import java.time.OffsetDateTime;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The "Coded passages" sheet: one row per coded passage, ready for a filter or a pivot table. */
final class CodedPassagesSheet {

    static final String NAME = "Coded passages";

    private static final PassageColumn[] COLUMNS = PassageColumn.values();

    private final Sheet sheet;
    private final Cells cells;
    private int next = 1;

    CodedPassagesSheet(SXSSFWorkbook workbook, Cells cells) {
        this.sheet = workbook.createSheet(NAME);
        this.cells = cells;
        String[] headers = new String[COLUMNS.length];
        int[] widths = new int[COLUMNS.length];
        for (PassageColumn column : COLUMNS) {
            headers[column.ordinal()] = column.header;
            widths[column.ordinal()] = column.width;
        }
        SheetFrame.headers(sheet, cells, 0, headers, widths);
    }

    void add(CodedPassage passage) {
        Row row = sheet.createRow(next++);
        for (PassageColumn column : COLUMNS) {
            int index = column.ordinal();
            Object value = column.value.apply(passage);
            switch (column.kind) {
                case NUMBER -> cells.number(row, index, (Long) value);
                case DATE -> cells.date(row, index, (OffsetDateTime) value);
                case LINK -> cells.link(row, index, (String) value, "open");
                case TEXT -> cells.text(row, index, (String) value);
            }
        }
    }

    /** @return the number of passages written */
    long finish() {
        SheetFrame.finish(sheet, 0, next - 1, COLUMNS.length - 1, 0);
        return next - 1L;
    }
}
