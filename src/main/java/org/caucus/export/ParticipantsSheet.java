package org.caucus.export;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caucus.corpus.StakeholderGroup;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The "Participants" sheet: every participant of the project with addresses, organisation,
 * group and country, the messages they posted in scope and their statements in scope.
 */
@Component
class ParticipantsSheet {

    static final String NAME = "Participants";
    private static final String[] HEADERS = {
        "Participant", "Addresses", "Organisation", "Stakeholder group", "Country", "Messages", "Statements"
    };
    private static final int[] WIDTHS = {28, 36, 28, 18, 14, 10, 11};

    private static final String SQL = """
            select s.id, s.display_name, s.organisation, s.stakeholder_group, s.country,
                (select count(*) from message m where m.poster_id = s.id and %1$s) as messages,
                (select %2$s from annotation a join message m on m.id = a.message_id
                 where a.speaker_id = s.id and %3$s) as statements
            from participant s
            where s.project_id = :project
            order by lower(s.display_name), s.id""";

    private static final String ADDRESSES = """
            select pa.participant_id, pa.address
            from participant_address pa join participant s on s.id = pa.participant_id
            where s.project_id = :project
            order by pa.participant_id, pa.address""";

    private final NamedParameterJdbcTemplate jdbc;

    ParticipantsSheet(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the number of participants */
    long write(SXSSFWorkbook workbook, Cells cells, ScopeFilter scope) {
        Map<Long, List<String>> addresses = new HashMap<>();
        jdbc.query(ADDRESSES, scope.parameters(), (ResultSet row) -> {
            addresses
                    .computeIfAbsent(row.getLong("participant_id"), id -> new ArrayList<>())
                    .add(row.getString("address"));
        });
        Sheet sheet = workbook.createSheet(NAME);
        SheetFrame.headers(sheet, cells, 0, HEADERS, WIDTHS);
        int[] next = {1};
        String sql = SQL.formatted(scope.onMessages(), scope.count(), scope.onPassages());
        jdbc.query(sql, scope.parameters(), (ResultSet participant) -> {
            Row row = sheet.createRow(next[0]++);
            String group = participant.getString("stakeholder_group");
            cells.text(row, 0, participant.getString("display_name"));
            cells.text(row, 1, String.join(", ", addresses.getOrDefault(participant.getLong("id"), List.of())));
            cells.text(row, 2, participant.getString("organisation"));
            cells.text(
                    row,
                    3,
                    group == null ? null : StakeholderGroup.valueOf(group).label());
            cells.text(row, 4, participant.getString("country"));
            cells.number(row, 5, participant.getLong("messages"));
            cells.number(row, 6, participant.getLong("statements"));
        });
        SheetFrame.finish(sheet, 0, next[0] - 1, HEADERS.length - 1, 1);
        return next[0] - 1L;
    }
}
