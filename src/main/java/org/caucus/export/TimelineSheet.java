package org.caucus.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.caucus.codebook.PositionChoice;

/**
 * The "Timeline" sheet: passages per period per position, and a native line chart of them that
 * Excel and LibreOffice draw from the table, so that it follows any edit of the numbers.
 */
final class TimelineSheet {

    static final String NAME = "Timeline";
    private static final int FIRST_COUNT_COLUMN = 2;

    private TimelineSheet() {}

    /** @return the number of periods */
    static long write(SXSSFWorkbook workbook, Cells cells, Timeline timeline, List<PositionChoice> positions) {
        SXSSFSheet sheet = workbook.createSheet(NAME);
        String[] headers = new String[FIRST_COUNT_COLUMN + positions.size() + 1];
        int[] widths = new int[headers.length];
        headers[0] = timeline.period() == Timeline.Period.WEEK ? "Week starting" : "Month starting";
        headers[1] = "Period";
        widths[0] = 14;
        widths[1] = 10;
        for (int i = 0; i < positions.size(); i++) {
            headers[FIRST_COUNT_COLUMN + i] = positions.get(i).name();
            widths[FIRST_COUNT_COLUMN + i] = 14;
        }
        headers[headers.length - 1] = "Total";
        widths[headers.length - 1] = 10;
        SheetFrame.headers(sheet, cells, 0, headers, widths);
        sheet.getRow(0).setHeightInPoints(60);
        List<LocalDate> starts = timeline.starts();
        for (int r = 0; r < starts.size(); r++) {
            LocalDate start = starts.get(r);
            Row row = sheet.createRow(r + 1);
            cells.day(row, 0, start);
            cells.text(row, 1, timeline.period().label(start));
            long total = 0;
            for (int i = 0; i < positions.size(); i++) {
                long count = timeline.count(start, positions.get(i).id());
                cells.number(row, FIRST_COUNT_COLUMN + i, count);
                total += count;
            }
            cells.number(row, headers.length - 1, total, cells.styles.total);
        }
        SheetFrame.finish(sheet, 0, starts.size(), headers.length - 1, 2);
        if (!starts.isEmpty() && !positions.isEmpty()) {
            chart(sheet, timeline, positions, headers.length + 1);
        }
        return starts.size();
    }

    /**
     * The series carry their values as well as references to the cells, because a streamed sheet
     * has already written its rows away when the chart is drawn.
     */
    private static void chart(SXSSFSheet sheet, Timeline timeline, List<PositionChoice> positions, int column) {
        // The streamed sheet cannot draw charts; the sheet it streams into can, and its drawing is kept.
        XSSFDrawing drawing = sheet.getWorkbook()
                .getXSSFWorkbook()
                .getSheet(sheet.getSheetName())
                .createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, 1, column + 12, 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Passages per " + timeline.period().name().toLowerCase(Locale.ROOT) + " and position");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis periods = chart.createCategoryAxis(AxisPosition.BOTTOM);
        periods.setTitle("Period");
        XDDFValueAxis passages = chart.createValueAxis(AxisPosition.LEFT);
        passages.setTitle("Passages");
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, periods, passages);

        List<LocalDate> starts = timeline.starts();
        int lastRow = starts.size();
        String[] labels = starts.stream().map(timeline.period()::label).toArray(String[]::new);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels, range(sheet, 1, lastRow, 1), 1);
        for (int i = 0; i < positions.size(); i++) {
            PositionChoice position = positions.get(i);
            Long[] counts = starts.stream()
                    .map(start -> timeline.count(start, position.id()))
                    .toArray(Long[]::new);
            int countColumn = FIRST_COUNT_COLUMN + i;
            XDDFNumericalDataSource<Long> values =
                    XDDFDataSourcesFactory.fromArray(counts, range(sheet, 1, lastRow, countColumn), countColumn);
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
            series.setTitle(position.name(), new CellReference(sheet.getSheetName(), 0, countColumn, true, true));
            series.setSmooth(false);
        }
        chart.plot(data);
    }

    private static String range(SXSSFSheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }
}
