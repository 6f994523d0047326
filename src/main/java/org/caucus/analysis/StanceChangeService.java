package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of stance: a participant who supported a position and later opposed it, or the
 * reverse. Only the passages of participants who took both sides of a position are read, as the
 * database picks them out; neutral passages do not break a run.
 */
@Service
@Transactional(readOnly = true)
public class StanceChangeService {

    private final EntityManager entityManager;

    StanceChangeService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every change in the scope, by participant and position, in the order they happened. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<StanceChange> changes(Project project, ComparisonScope scope) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), scope)
                .and("s.id is not null and m.sentAt is not null", q -> {})
                .and("a.qualifier <> org.caucus.coding.StanceQualifier.NEUTRAL", q -> {})
                .and(
                        "exists (select 1 from Annotation b where b.speaker = a.speaker and b.position = a.position"
                                + " and b.qualifier <> a.qualifier"
                                + " and b.qualifier <> org.caucus.coding.StanceQualifier.NEUTRAL)",
                        q -> {});
        List<Object[]> rows = filter.bind(entityManager.createQuery(
                        "select " + PassageLink.COLUMNS + ", s.id, a.position.id" + ScopeFilter.FROM
                                + filter.where() + " order by s.displayName, s.id, a.position.issue.sortOrder,"
                                + " a.position.sortOrder, a.position.id, m.sentAt, m.id, a.start, a.id",
                        Object[].class))
                .getResultList();
        return walk(rows, scope.counting());
    }

    /**
     * Follows each participant's passages on each position in time. When statements are counted, a
     * quote of an earlier statement restates nothing and is skipped; otherwise every occurrence
     * counts as saying it again.
     */
    private static List<StanceChange> walk(List<Object[]> rows, Counting counting) {
        List<StanceChange> changes = new ArrayList<>();
        Object[] previous = null;
        Set<Object> statementsSeen = new HashSet<>();
        for (Object[] row : rows) {
            boolean sameRun = previous != null && row[11].equals(previous[11]) && row[12].equals(previous[12]);
            if (!sameRun) {
                statementsSeen.clear();
                previous = null;
            }
            if (counting == Counting.STATEMENTS && !statementsSeen.add(row[10])) {
                continue;
            }
            if (previous != null && !Objects.equals(row[7], previous[7])) {
                PassageLink after = PassageLink.of(row);
                changes.add(new StanceChange(after.speaker(), after.position(), PassageLink.of(previous), after));
            }
            previous = row;
        }
        return List.copyOf(changes);
    }
}
