package org.caucus.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes typed cell values the safe way: numbers as numbers, dates as dates, and text that starts
 * like a formula as quote-prefixed text that can never run as one.
 */
final class Cells {

    private static final int EXCEL_CELL_LIMIT = 32_767;

    final WorkbookStyles styles;
    private String lastLinkUrl;
    private String lastLinkLabel;
    private String lastLinkFormula;

    Cells(WorkbookStyles styles) {
        this.styles = styles;
    }

    void header(Row row, int column, String value) {
        text(row, column, value, styles.header);
    }

    void text(Row row, int column, String value) {
        text(row, column, value, styles.text);
    }

    /** Text in a given style; a formula-like value still gets the quote prefix. */
    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellStyle(style);
            return;
        }
        String fitted = value.length() > EXCEL_CELL_LIMIT ? value.substring(0, EXCEL_CELL_LIMIT) : value;
        cell.setCellValue(fitted);
        cell.setCellStyle(FormulaGuard.looksLikeFormula(fitted) ? styles.literalText : style);
    }

    /** The sender's own wall-clock time, as a real Excel date. */
    void date(Row row, int column, OffsetDateTime value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.toLocalDateTime());
        }
        cell.setCellStyle(styles.date);
    }

    void day(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
    }

    void number(Row row, int column, long value) {
        number(row, column, value, styles.number);
    }

    void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * A clickable link. It is a {@code HYPERLINK} formula rather than a hyperlink object because a
     * streamed sheet keeps every hyperlink object in memory until the end. The address is built by
     * Caucus from ids, never from text in a message, so the formula is safe.
     */
    void link(Row row, int column, String url, String label) {
        Cell cell = row.createCell(column);
        // The passages of a message share its link: the formula is built once for all of them.
        if (!url.equals(lastLinkUrl) || !label.equals(lastLinkLabel)) {
            lastLinkUrl = url;
            lastLinkLabel = label;
            lastLinkFormula = "HYPERLINK(\"" + url.replace("\"", "%22") + "\",\"" + label + "\")";
        }
        cell.setCellFormula(lastLinkFormula);
        cell.setCellValue(label);
        cell.setCellStyle(styles.link);
    }
}
