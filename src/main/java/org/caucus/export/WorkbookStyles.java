package org.caucus.export;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The few cell styles of a workbook, made once per workbook: Excel caps the number of styles. */
final class WorkbookStyles {

    final CellStyle header;
    final CellStyle groupHeader;
    final CellStyle date;
    final CellStyle text;
    final CellStyle literalText;
    final CellStyle number;
    final CellStyle total;
    final CellStyle link;

    private final SXSSFWorkbook workbook;
    private final Map<String, CellStyle> fills = new HashMap<>();

    WorkbookStyles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);

        groupHeader = workbook.createCellStyle();
        groupHeader.cloneStyleFrom(header);
        groupHeader.setAlignment(HorizontalAlignment.CENTER);

        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        date.setVerticalAlignment(VerticalAlignment.TOP);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);

        // Quote-prefixed cells stay text even when someone edits them in Excel.
        literalText = workbook.createCellStyle();
        literalText.cloneStyleFrom(text);
        literalText.setQuotePrefixed(true);

        number = workbook.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);

        total = workbook.createCellStyle();
        total.setFont(bold);
        total.setVerticalAlignment(VerticalAlignment.TOP);

        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(blue);
        link.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** A text style filled with a codebook colour such as {@code #1f77b4}; one style per colour. */
    CellStyle filled(String hexColour) {
        return fills.computeIfAbsent(hexColour, colour -> {
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            style.cloneStyleFrom(text);
            style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(colour.substring(1)), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }
}
