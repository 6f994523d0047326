package org.caucus.export;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts passages per day and position in the database, then gathers the days into weeks or
 * months. When statements are counted, a statement counts on the day it was first said.
 */
@Component
class TimelineQuery {

    // Days since 1970-01-01 in UTC: both H2 and PostgreSQL read the epoch of a timestamp with time zone alike.
    private static final String DAY = "floor(extract(epoch from m.sent_at) / 86400)";

    private static final String OCCURRENCES = """
            select %1$s as said_on, a.position_id, count(*) as passages
            from annotation a join message m on m.id = a.message_id
            where m.sent_at is not null and %2$s
            group by %1$s, a.position_id""";

    private static final String STATEMENTS = """
            select first_said.said_on, first_said.position_id, count(*) as passages
            from (select min(%1$s) as said_on, a.position_id, a.statement_key
                  from annotation a join message m on m.id = a.message_id
                  where m.sent_at is not null and %2$s and a.position_id = :position
                  group by a.position_id, a.statement_key) first_said
            group by first_said.said_on, first_said.position_id""";

    private final NamedParameterJdbcTemplate jdbc;

    TimelineQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Timeline timeline(ScopeFilter filter, ComparisonScope scope, List<Long> positionIds) {
        TreeMap<LocalDate, Map<Long, Long>> days = new TreeMap<>();
        RowCallbackHandler count = (ResultSet row) -> {
            days.computeIfAbsent(LocalDate.ofEpochDay(row.getLong("said_on")), day -> new HashMap<>())
                    .merge(row.getLong("position_id"), row.getLong("passages"), Long::sum);
        };
        if (scope.counting() == Counting.STATEMENTS) {
            // One position at a time: H2 holds every group of a group-by in the heap, and a million
            // statements grouped at once ran a 256 MB export out of memory (benchmark-export).
            String sql = STATEMENTS.formatted(DAY, filter.onPassages());
            for (long position : positionIds) {
                Map<String, Object> parameters = new HashMap<>(filter.parameters());
                parameters.put("position", position);
                jdbc.query(sql, parameters, count);
            }
        } else {
            jdbc.query(OCCURRENCES.formatted(DAY, filter.onPassages()), filter.parameters(), count);
        }
        if (days.isEmpty()) {
            return new Timeline(Timeline.Period.WEEK, List.of(), Map.of());
        }
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        Timeline.Period period = Timeline.Period.spanning(first, last);
        Map<LocalDate, Map<Long, Long>> periods = new HashMap<>();
        days.forEach((day, counts) -> counts.forEach(
                (position, passages) -> periods.computeIfAbsent(period.start(day), start -> new HashMap<>())
                        .merge(position, passages, Long::sum)));
        // Every period between the first and the last, so that quiet weeks show as zero, not as a gap.
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = period.start(first); !start.isAfter(last); start = period.next(start)) {
            starts.add(start);
        }
        return new Timeline(period, List.copyOf(starts), periods);
    }
}
