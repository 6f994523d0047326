package org.caucus.export;

import java.time.OffsetDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes cell values the safe way. Passages come from e-mails written by anyone, so a value that
 * starts like a formula is written as quote-prefixed text and can never run as one.
 */
final class Cells {

    private static final int EXCEL_CELL_LIMIT = 32_767;

    private final WorkbookStyles styles;

    Cells(WorkbookStyles styles) {
        this.styles = styles;
    }

    void header(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.header);
    }

    void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellStyle(styles.text);
            return;
        }
        String fitted = value.length() > EXCEL_CELL_LIMIT ? value.substring(0, EXCEL_CELL_LIMIT) : value;
        cell.setCellValue(fitted);
        cell.setCellStyle(looksLikeFormula(fitted) ? styles.literalText : styles.text);
    }

    /** The sender's own wall-clock time, as a real Excel date. */
    void date(Row row, int column, OffsetDateTime value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.toLocalDateTime());
        }
        cell.setCellStyle(styles.date);
    }

    void number(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }
}
