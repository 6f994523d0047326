package org.caucus.export;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.StakeholderGroup;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The position matrices of an export, by participant, organisation and stakeholder group, from
 * one group-by each that honours the whole comparison scope.
 *
 * <p>{@code PositionMatrixService} counts by participant for a counting mode only; until it takes
 * the full scope and rolls up by organisation and group, the export groups here, in one place.
 */
@Component
class ActorMatrixQuery {

    private static final String SQL = """
            select %1$s as actor_key, %2$s as actor, a.position_id, a.qualifier, %3$s as passages
            from annotation a
                join message m on m.id = a.message_id
                left join participant s on s.id = a.speaker_id
            where %4$s
            group by %1$s, %2$s, a.position_id, a.qualifier""";

    private static final String POSITION_TOTALS = """
            select a.position_id, a.qualifier, %s as passages
            from annotation a join message m on m.id = a.message_id
            where %s
            group by a.position_id, a.qualifier""";

    private final NamedParameterJdbcTemplate jdbc;

    ActorMatrixQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ActorMatrix matrix(ScopeFilter scope, Rollup rollup, List<PositionChoice> positions) {
        String sql = SQL.formatted(rollup.keyColumn, rollup.labelColumn, scope.count(), scope.onPassages());
        // Rows are keyed by id, not name: two participants may share a display name.
        Map<String, String> actors = new HashMap<>();
        Map<String, Map<Long, StanceCount>> rows = new LinkedHashMap<>();
        jdbc.query(sql, scope.parameters(), (ResultSet row) -> {
            String key = Objects.toString(row.getString("actor_key"), "");
            actors.putIfAbsent(key, actorLabel(rollup, row.getString("actor")));
            rows.computeIfAbsent(key, k -> new HashMap<>())
                    .merge(
                            row.getLong("position_id"),
                            count(row.getString("qualifier"), row.getLong("passages")),
                            ActorMatrixQuery::sum);
        });
        List<ActorMatrix.Row> sorted = new ArrayList<>();
        rows.forEach((key, counts) -> sorted.add(new ActorMatrix.Row(actors.get(key), Map.copyOf(counts))));
        sorted.sort(Comparator.comparing((ActorMatrix.Row row) -> row.actor().equals(rollup.missing))
                .thenComparing(ActorMatrix.Row::actor, String.CASE_INSENSITIVE_ORDER));
        return new ActorMatrix(rollup, List.copyOf(positions), List.copyOf(sorted));
    }

    /** Each position's passages in scope, by qualifier, counted over everyone at once. */
    Map<Long, StanceCount> positionTotals(ScopeFilter scope) {
        Map<Long, StanceCount> totals = new HashMap<>();
        jdbc.query(
                POSITION_TOTALS.formatted(scope.count(), scope.onPassages()), scope.parameters(), (ResultSet row) -> {
                    totals.merge(
                            row.getLong("position_id"),
                            count(row.getString("qualifier"), row.getLong("passages")),
                            ActorMatrixQuery::sum);
                });
        return totals;
    }

    private static String actorLabel(Rollup rollup, String value) {
        if (value == null) {
            return rollup.missing;
        }
        return rollup == Rollup.STAKEHOLDER_GROUP
                ? StakeholderGroup.valueOf(value).label()
                : value;
    }

    private static StanceCount count(String qualifier, long passages) {
        return switch (StanceQualifier.valueOf(qualifier)) {
            case SUPPORTS -> new StanceCount(passages, 0, 0);
            case OPPOSES -> new StanceCount(0, passages, 0);
            case NEUTRAL -> new StanceCount(0, 0, passages);
        };
    }

    static StanceCount sum(StanceCount left, StanceCount right) {
        return new StanceCount(
                left.supports() + right.supports(), left.opposes() + right.opposes(), left.neutral() + right.neutral());
    }
}
