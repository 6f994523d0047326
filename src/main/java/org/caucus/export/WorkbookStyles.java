package org.caucus.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of a workbook, made once per workbook: Excel caps the number of styles. */
final class WorkbookStyles {

    final CellStyle header;
    final CellStyle date;
    final CellStyle text;
    final CellStyle literalText;

    WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);

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
    }
}
