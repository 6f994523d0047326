package org.caucus.network;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.ScopeFilter;
import org.caucus.analysis.StanceTotals;
import org.caucus.coding.StanceQualifier;
import org.springframework.stereotype.Component;

/**
 * Who took which stance on which position: one row per actor, position and qualifier, from a
 * group-by over the coded passages in scope. Passages whose speaker is unknown belong to no actor.
 */
@Component
class StanceQuery {

    /**
     * @param actor the participant's id, or the organisation's name
     * @param passages how many passages back the stance, counted as the scope says; 0 when not asked for
     */
    record Stance(Object actor, long positionId, StanceQualifier qualifier, long passages) {}

    private static final Set<StanceQualifier> TAKEN = Set.of(StanceQualifier.SUPPORTS, StanceQualifier.OPPOSES);

    private final EntityManager entityManager;
    private final StanceTotals totals;

    StanceQuery(EntityManager entityManager, StanceTotals totals) {
        this.entityManager = entityManager;
        this.totals = totals;
    }

    /**
     * @param takenOnly leave out neutral passages, which report a position without taking it
     * @param countPassages also count the passages behind each stance (a dearer query)
     */
    List<Stance> stances(
            long projectId, NetworkLevel level, ComparisonScope scope, boolean takenOnly, boolean countPassages) {
        if (level == NetworkLevel.PARTICIPANTS && StanceTotals.answer(scope)) {
            // The whole project's participants: the totals the database keeps, not a group-by of every passage.
            return totals.of(projectId, scope).stream()
                    .filter(total -> total.speakerId() != null && (!takenOnly || TAKEN.contains(total.qualifier())))
                    .map(total -> new Stance(
                            total.speakerId(),
                            total.positionId(),
                            total.qualifier(),
                            countPassages ? total.passages() : 0))
                    .toList();
        }
        String actor = level == NetworkLevel.PARTICIPANTS ? "a.speaker.id" : "s.organisation";
        ScopeFilter filter = ScopeFilter.of(projectId, scope).and(actor + " is not null", query -> {});
        if (takenOnly) {
            filter.and("a.qualifier in :taken", query -> query.setParameter("taken", TAKEN));
        }
        String jpql = "select " + actor + ", a.position.id, a.qualifier"
                + (countPassages ? ", " + scope.counting().aggregate() : "")
                + ScopeFilter.FROM
                + filter.where()
                + " group by " + actor + ", a.position.id, a.qualifier";
        return filter.bind(entityManager.createQuery(jpql, Object[].class))
                .getResultStream()
                .map(row -> new Stance(
                        row[0],
                        (Long) row[1],
                        (StanceQualifier) row[2],
                        countPassages ? ((Number) row[3]).longValue() : 0))
                .toList();
    }
}
