package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The drill-down of the matrix: the coded passages behind one cell. */
@Service
@Transactional(readOnly = true)
public class CellPassagesService {

    private final EntityManager entityManager;

    CellPassagesService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The passages of one row on one position, in date order. When statements are counted, a
     * statement and its quotes are one entry (its first occurrence, with how often it occurs), so
     * that the list is as long as the number in the cell.
     *
     * @param rowKey a {@link PositionMatrix.Row#key()}, {@code null} for the row without one
     * @param qualifier one qualifier of the cell, or {@code null} for all of them
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<PassageLink> passages(
            Project project,
            ComparisonScope scope,
            Rollup rollup,
            String rowKey,
            long positionId,
            StanceQualifier qualifier) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), scope)
                .and("a.position.id = :position", query -> query.setParameter("position", positionId))
                .row(rollup, rowKey);
        if (qualifier != null) {
            filter.and("a.qualifier = :qualifier", query -> query.setParameter("qualifier", qualifier));
        }
        List<Object[]> rows = filter.bind(entityManager.createQuery(
                        "select " + PassageLink.COLUMNS + ScopeFilter.FROM + filter.where()
                                + " order by m.sentAt nulls last, m.id, a.start, a.id",
                        Object[].class))
                .getResultList();
        return scope.counting() == Counting.STATEMENTS ? firstOccurrences(rows) : all(rows);
    }

    private static List<PassageLink> all(List<Object[]> rows) {
        return rows.stream().map(PassageLink::of).toList();
    }

    /** One entry per statement key and qualifier, the earliest, counting its occurrences. */
    private static List<PassageLink> firstOccurrences(List<Object[]> rows) {
        Map<String, PassageLink> first = new LinkedHashMap<>();
        Map<String, Integer> times = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String statement = row[10] + "/" + row[7];
            first.putIfAbsent(statement, PassageLink.of(row));
            times.merge(statement, 1, Integer::sum);
        }
        List<PassageLink> links = new ArrayList<>();
        first.forEach((statement, link) -> links.add(link.occurring(times.get(statement))));
        return links;
    }
}
