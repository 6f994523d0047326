package org.caucus.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The agreement report as a workbook with one "Agreement" sheet: what was measured on top, then
 * one figure per row (measure, coders, issue, position, value) for filtering or reading into R.
 * The report is small, so the workbook is built in memory rather than streamed.
 */
public final class AgreementWorkbook {

    public static final String SHEET = "Agreement";

    private static final String[] HEADERS = {"Measure", "Coders", "Issue", "Position", "Value", "Why no value"};
    private static final int[] WIDTHS = {46, 30, 36, 36, 10, 60};

    private AgreementWorkbook() {}

    public static void write(String projectName, AgreementReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            // Coder, issue and position names are typed by people; quote-prefixed cells never run as formulas.
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.000"));

            AgreementRequest request = report.request();
            List<String[]> about = List.of(
                    new String[] {"Project", projectName},
                    new String[] {"Coders", String.join(", ", request.coders())},
                    new String[] {"Messages", report.messages() + " (coded by at least one of the coders)"},
                    new String[] {"Units", report.units() + " (messages × positions used)"},
                    new String[] {"Messages chosen", MessageSetDescription.of(request)});
            int rowIndex = 0;
            for (String[] line : about) {
                Row row = sheet.createRow(rowIndex++);
                cell(row, 0, line[0], header);
                cell(row, 1, line[1], text);
            }
            int headerRow = ++rowIndex;
            Row headings = sheet.createRow(headerRow);
            for (int column = 0; column < HEADERS.length; column++) {
                cell(headings, column, HEADERS[column], header);
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            rowIndex = headerRow + 1;
            for (AgreementReport.Figure figure : report.figures()) {
                Row row = sheet.createRow(rowIndex++);
                cell(row, 0, figure.measure(), text);
                cell(row, 1, figure.coders(), text);
                cell(row, 2, figure.issue(), text);
                cell(row, 3, figure.position(), text);
                Cell value = row.createCell(4);
                value.setCellStyle(decimal);
                if (figure.value().defined()) {
                    value.setCellValue(figure.value().value());
                }
                cell(row, 5, figure.value().undefinedBecause(), text);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, rowIndex - 1, 0, HEADERS.length - 1));
            workbook.write(out);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}
