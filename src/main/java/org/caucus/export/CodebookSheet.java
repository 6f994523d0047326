package org.caucus.export;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.analysis.StanceCount;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The "Codebook" sheet: each position under its issue with the descriptions, the position's
 * colour as the cell's fill, and how often it was coded in scope. (The codebook has no inclusion
 * or exclusion notes yet; the descriptions carry what coders were told.)
 */
@Component
class CodebookSheet {

    static final String NAME = "Codebook";
    private static final String[] HEADERS = {
        "Issue",
        "Issue description",
        "Position",
        "Position description",
        "Colour",
        "Shortcut",
        "Supports",
        "Opposes",
        "Neutral",
        "Total"
    };
    private static final int[] WIDTHS = {36, 40, 36, 50, 10, 9, 10, 10, 10, 10};

    private static final String SQL = """
            select i.name as issue, i.description as issue_description, p.id, p.name, p.description, p.colour, p.shortcut
            from codebook_position p join codebook_issue i on i.id = p.issue_id
            where i.project_id = :project
            order by i.sort_order, i.id, p.sort_order, p.id""";

    private record Entry(
            String issue,
            String issueDescription,
            long positionId,
            String position,
            String description,
            String colour,
            String shortcut) {}

    private final NamedParameterJdbcTemplate jdbc;

    CodebookSheet(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the number of positions */
    long write(SXSSFWorkbook workbook, Cells cells, long projectId, Map<Long, StanceCount> usage) {
        List<Entry> entries = jdbc.query(
                SQL,
                Map.of("project", projectId),
                (row, n) -> new Entry(
                        row.getString("issue"),
                        row.getString("issue_description"),
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("description"),
                        row.getString("colour"),
                        row.getString("shortcut")));
        Sheet sheet = workbook.createSheet(NAME);
        SheetFrame.headers(sheet, cells, 0, HEADERS, WIDTHS);
        int rowIndex = 1;
        for (Entry entry : entries) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, entry.issue());
            cells.text(row, 1, entry.issueDescription());
            cells.text(row, 2, entry.position());
            cells.text(row, 3, entry.description());
            cells.text(row, 4, entry.colour(), cells.styles.filled(entry.colour()));
            cells.text(row, 5, entry.shortcut());
            StanceCount count = usage.getOrDefault(entry.positionId(), StanceCount.NONE);
            cells.number(row, 6, count.supports());
            cells.number(row, 7, count.opposes());
            cells.number(row, 8, count.neutral());
            cells.number(row, 9, count.total(), cells.styles.total);
        }
        SheetFrame.finish(sheet, 0, rowIndex - 1, HEADERS.length - 1, 0);
        return entries.size();
    }
}
