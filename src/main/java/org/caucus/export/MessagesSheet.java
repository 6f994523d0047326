package org.caucus.export;

import java.sql.ResultSet;
import java.util.function.LongToIntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The optional "Messages" sheet: one row per message in scope, streamed, with its coded passages. */
@Component
class MessagesSheet {

    static final String NAME = "Messages";
    private static final String[] HEADERS = {
        "Message id", "Date", "List", "Subject", "Thread", "Link", "Poster", "Coded passages"
    };
    private static final int[] WIDTHS = {10, 17, 14, 40, 40, 9, 24, 10};

    private static final String SQL = """
            select m.id, m.sent_at, m.sent_offset_seconds, m.list_name, m.subject,
                coalesce(m.thread_subject, m.subject) as thread, po.display_name as poster
            from message m left join participant po on po.id = m.poster_id
            where %s
            order by m.sent_at nulls last, m.id""";

    private final NamedParameterJdbcTemplate jdbc;

    MessagesSheet(JdbcTemplate jdbc) {
        this.jdbc = StreamingJdbc.over(jdbc);
    }

    /**
     * @param passages the passages in scope of a message by its id, as {@link PassageTallies} counted
     *     them in the pass over the passages (a count per message was a query per message)
     * @return the number of messages
     */
    long write(SXSSFWorkbook workbook, Cells cells, ScopeFilter scope, String baseUrl, LongToIntFunction passages) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetFrame.headers(sheet, cells, 0, HEADERS, WIDTHS);
        int[] next = {1};
        jdbc.query(SQL.formatted(scope.onMessages()), scope.parameters(), (ResultSet message) -> {
            Row row = sheet.createRow(next[0]++);
            long id = message.getLong("id");
            cells.number(row, 0, id);
            cells.date(row, 1, CodedPassageQuery.wallClock(message, "sent_at", "sent_offset_seconds"));
            cells.text(row, 2, message.getString("list_name"));
            cells.text(row, 3, message.getString("subject"));
            cells.text(row, 4, message.getString("thread"));
            cells.link(row, 5, baseUrl + "/messages/" + id, "open");
            cells.text(row, 6, message.getString("poster"));
            cells.number(row, 7, passages.applyAsInt(id));
        });
        SheetFrame.finish(sheet, 0, next[0] - 1, HEADERS.length - 1, 0);
        return next[0] - 1L;
    }
}
