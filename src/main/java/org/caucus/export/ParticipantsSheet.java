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

    private static final String PARTICIPANTS = """
            select s.id, s.display_name, s.organisation, s.stakeholder_group, s.country
            from participant s
            where s.project_id = :project
            order by lower(s.display_name), s.id""";

    // Counted in one group-by rather than per participant.
    private static final String MESSAGES = """
            select m.poster_id as participant_id, count(*) as counted
            from message m
            where m.poster_id is not null and %s
            group by m.poster_id""";

    private static final String ADDRESSES = """
            select pa.participant_id, pa.address
            from participant_address pa join participant s on s.id = pa.participant_id
            where s.project_id = :project
            order by pa.participant_id, pa.address""";

    private final NamedParameterJdbcTemplate jdbc;

    ParticipantsSheet(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param statements each speaker's statements in scope (passages or messages, by the counting
     *     mode), by participant id, as {@link PassageTallies} counted them
     * @return the number of participants
     */
    long write(SXSSFWorkbook workbook, Cells cells, ScopeFilter scope, Map<Long, Long> statements) {
        Map<Long, List<String>> addresses = new HashMap<>();
        jdbc.query(ADDRESSES, scope.parameters(), (ResultSet row) -> {
            addresses
                    .computeIfAbsent(row.getLong("participant_id"), id -> new ArrayList<>())
                    .add(row.getString("address"));
        });
        Map<Long, Long> messages = counts(MESSAGES.formatted(scope.onMessages()), scope);
        Sheet sheet = workbook.createSheet(NAME);
        SheetFrame.headers(sheet, cells, 0, HEADERS, WIDTHS);
        int[] next = {1};
        jdbc.query(PARTICIPANTS, scope.parameters(), (ResultSet participant) -> {
            Row row = sheet.createRow(next[0]++);
            long id = participant.getLong("id");
            String group = participant.getString("stakeholder_group");
            cells.text(row, 0, participant.getString("display_name"));
            cells.text(row, 1, String.join(", ", addresses.getOrDefault(id, List.of())));
            cells.text(row, 2, participant.getString("organisation"));
            cells.text(
                    row,
                    3,
                    group == null ? null : StakeholderGroup.valueOf(group).label());
            cells.text(row, 4, participant.getString("country"));
            cells.number(row, 5, messages.getOrDefault(id, 0L));
            cells.number(row, 6, statements.getOrDefault(id, 0L));
        });
        SheetFrame.finish(sheet, 0, next[0] - 1, HEADERS.length - 1, 1);
        return next[0] - 1L;
    }

    private Map<Long, Long> counts(String sql, ScopeFilter scope) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(sql, scope.parameters(), (ResultSet row) -> {
            counts.put(row.getLong("participant_id"), row.getLong("counted"));
        });
        return counts;
    }
}
