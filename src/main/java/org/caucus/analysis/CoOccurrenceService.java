package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which positions are coded together, counted by a self-join and group-by in the database. */
@Service
@Transactional(readOnly = true)
public class CoOccurrenceService {

    private final EntityManager entityManager;
    private final CodebookService codebook;

    CoOccurrenceService(EntityManager entityManager, CodebookService codebook) {
        this.entityManager = entityManager;
        this.codebook = codebook;
    }

    /**
     * Both passages of a pair must lie in the scope; the counting mode does not apply, since the
     * counts are of messages and of passage pairs.
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public CoOccurrence coOccurrence(Project project, ComparisonScope scope) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), scope)
                // Each unordered pair once: the join holds half the rows it would with "<>".
                .and("b.message = a.message and b.position.id < a.position.id", q -> {});
        if (!scope.coders().isEmpty()) {
            filter.and("b.coder in :coders", q -> {});
        }
        if (!scope.qualifiers().isEmpty()) {
            filter.and("b.qualifier in :qualifiers", q -> {});
        }
        List<Object[]> rows = filter.bind(entityManager.createQuery(
                        "select a.position.id, b.position.id, count(distinct m.id),"
                                + " sum(case when a.start < b.end and b.start < a.end then 1 else 0 end)"
                                + ScopeFilter.FROM + ", Annotation b" + filter.where()
                                + " group by a.position.id, b.position.id",
                        Object[].class))
                .getResultList();
        List<PositionChoice> positions = codebook.positions(project.getId());
        Map<Long, Integer> order = PositionChoice.placesIn(positions);
        List<CoOccurrence.Pair> pairs = rows.stream()
                .map(row -> inCodebookOrder(
                        (Long) row[0], (Long) row[1], (Long) row[2], ((Number) row[3]).longValue(), order))
                .sorted(Comparator.comparing((CoOccurrence.Pair pair) -> order.get(pair.firstPositionId()))
                        .thenComparing(pair -> order.get(pair.secondPositionId())))
                .toList();
        return new CoOccurrence(positions, pairs);
    }

    private static CoOccurrence.Pair inCodebookOrder(
            long one, long other, long messages, long overlapping, Map<Long, Integer> order) {
        return order.get(one) < order.get(other)
                ? new CoOccurrence.Pair(one, other, messages, overlapping)
                : new CoOccurrence.Pair(other, one, messages, overlapping);
    }
}
