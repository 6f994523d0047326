package org.caucus.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.PositionChoice;

/**
 * A position matrix sheet: actors down, positions across under their issues. Each position takes
 * three columns (supports, opposes, net) so the numbers stay plain counts that R or pandas read
 * without parsing; the net is coloured from red (opposes) through white to green (supports).
 */
final class PositionMatrixSheet {

    static final String NAME = "Position matrix";
    static final int HEADER_ROWS = 3;
    private static final String[] STANCES = {"supports", "opposes", "net"};
    private static final String ALL_POSITIONS = "All positions";

    private PositionMatrixSheet() {}

    static String name(Rollup rollup) {
        return switch (rollup) {
            case PARTICIPANT -> NAME;
            case ORGANISATION -> NAME + " by organisation";
            case STAKEHOLDER_GROUP -> NAME + " by group";
            case COUNTRY -> NAME + " by country";
        };
    }

    /** @return the number of actor rows written, the totals row not counted */
    static long write(SXSSFWorkbook workbook, Cells cells, PositionMatrix matrix) {
        Sheet sheet = workbook.createSheet(name(matrix.rollup()));
        List<PositionChoice> positions = matrix.positions();
        writeHeader(sheet, cells, matrix.rollup().label(), positions);
        int rowIndex = HEADER_ROWS;
        for (PositionMatrix.Row actor : matrix.rows()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, actor.label());
            for (int i = 0; i < positions.size(); i++) {
                StanceCount count = actor.count(positions.get(i).id());
                writeCounts(cells, row, 1 + i * STANCES.length, count, cells.styles.number);
            }
            writeCounts(cells, row, 1 + positions.size() * STANCES.length, actor.total(), cells.styles.total);
        }
        int lastDataRow = rowIndex - 1;
        Row totals = sheet.createRow(rowIndex);
        cells.text(totals, 0, "Total", cells.styles.total);
        for (int i = 0; i < positions.size(); i++) {
            writeCounts(
                    cells,
                    totals,
                    1 + i * STANCES.length,
                    matrix.columnTotal(positions.get(i).id()),
                    cells.styles.total);
        }
        writeCounts(cells, totals, 1 + positions.size() * STANCES.length, matrix.grandTotal(), cells.styles.total);
        int lastColumn = (positions.size() + 1) * STANCES.length;
        if (lastDataRow >= HEADER_ROWS) {
            colourNet(sheet, positions.size() + 1, lastDataRow);
        }
        SheetFrame.finish(sheet, HEADER_ROWS - 1, lastDataRow, lastColumn, 1);
        return matrix.rows().size();
    }

    private static void writeCounts(Cells cells, Row row, int column, StanceCount count, CellStyle style) {
        cells.number(row, column, count.supports(), style);
        cells.number(row, column + 1, count.opposes(), style);
        cells.number(row, column + 2, count.supports() - count.opposes(), style);
    }

    private static void writeHeader(Sheet sheet, Cells cells, String heading, List<PositionChoice> positions) {
        Row issues = sheet.createRow(0);
        Row names = sheet.createRow(1);
        Row stances = sheet.createRow(2);
        cells.header(issues, 0, "Issue");
        cells.header(names, 0, "Position");
        cells.header(stances, 0, heading);
        sheet.setColumnWidth(0, 28 * 256);
        int column = 1;
        String previousIssue = null;
        int issueStart = 1;
        List<PositionChoice> withTotal = new ArrayList<>(positions);
        withTotal.add(new PositionChoice(-1, ALL_POSITIONS, "Total", null, null, null));
        for (PositionChoice position : withTotal) {
            if (!position.issue().equals(previousIssue)) {
                merge(sheet, 0, issueStart, column - 1);
                cells.text(issues, column, position.issue(), cells.styles.groupHeader);
                previousIssue = position.issue();
                issueStart = column;
            }
            cells.text(names, column, position.name(), cells.styles.groupHeader);
            merge(sheet, 1, column, column + STANCES.length - 1);
            for (String stance : STANCES) {
                cells.header(stances, column, stance);
                sheet.setColumnWidth(column++, 10 * 256);
            }
        }
        merge(sheet, 0, issueStart, column - 1);
        issues.setHeightInPoints(45);
        names.setHeightInPoints(60);
    }

    private static void merge(Sheet sheet, int row, int firstColumn, int lastColumn) {
        if (lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
        }
    }

    /** A red-white-green scale on every net column, white at zero. */
    private static void colourNet(Sheet sheet, int blocks, int lastDataRow) {
        CellRangeAddress[] netColumns = new CellRangeAddress[blocks];
        for (int i = 0; i < blocks; i++) {
            int column = 1 + i * STANCES.length + 2;
            netColumns[i] = new CellRangeAddress(HEADER_ROWS, lastDataRow, column, column);
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = (XSSFColorScaleFormatting) rule.getColorScaleFormatting();
        XSSFConditionalFormattingThreshold[] thresholds = scale.getThresholds();
        thresholds[0].setRangeType(RangeType.MIN);
        thresholds[1].setRangeType(RangeType.NUMBER);
        thresholds[1].setValue(0d);
        thresholds[2].setRangeType(RangeType.MAX);
        scale.setThresholds(thresholds);
        scale.setColors(new XSSFColor[] {rgb(0xF8, 0x69, 0x6B), rgb(0xFF, 0xFF, 0xFF), rgb(0x63, 0xBE, 0x7B)});
        formatting.addConditionalFormatting(netColumns, rule);
    }

    private static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}, null);
    }
}
