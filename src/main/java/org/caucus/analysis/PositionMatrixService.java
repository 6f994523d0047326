package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the rows × positions matrix from one group-by in the database. */
@Service
@Transactional(readOnly = true)
public class PositionMatrixService {

    private final EntityManager entityManager;
    private final CodebookService codebook;
    private final StanceTotals totals;

    PositionMatrixService(EntityManager entityManager, CodebookService codebook, StanceTotals totals) {
        this.entityManager = entityManager;
        this.codebook = codebook;
        this.totals = totals;
    }

    /** The matrix as analysts read it by default: participants, each statement once, nothing filtered. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public PositionMatrix matrix(Project project) {
        return matrix(project, ComparisonScope.everything(), Rollup.PARTICIPANT);
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public PositionMatrix matrix(Project project, ComparisonScope scope, Rollup rollup) {
        if (rollup == Rollup.PARTICIPANT && StanceTotals.answer(scope)) {
            return totalsMatrix(project, scope);
        }
        List<MatrixCell> cells = cells(ScopeFilter.of(project.getId(), scope), scope.counting(), rollup);
        return PositionMatrix.of(rollup, scope.counting(), codebook.positions(project.getId()), cells);
    }

    /** The matrix restricted to the positions of one issue, for the issue view. */
    PositionMatrix issueMatrix(Project project, ComparisonScope scope, Rollup rollup, String issue) {
        List<PositionChoice> positions = codebook.positions(project.getId()).stream()
                .filter(position -> position.issue().equals(issue))
                .toList();
        ScopeFilter filter = ScopeFilter.of(project.getId(), scope).issue(issue);
        return PositionMatrix.of(rollup, scope.counting(), positions, cells(filter, scope.counting(), rollup));
    }

    /**
     * Each position's passages in scope by qualifier, counted over everyone at once: in statement and
     * message counting a statement or message is counted once even when several rows share it.
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Map<Long, StanceCount> positionTotals(Project project, ComparisonScope scope) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), scope);
        String groups = "a.position.id, a.qualifier";
        Map<Long, StanceCount> totals = new HashMap<>();
        filter.bind(entityManager.createQuery(
                        "select " + groups + ", " + scope.counting().aggregate() + ScopeFilter.FROM + filter.where()
                                + " group by " + groups,
                        Object[].class))
                .getResultStream()
                .forEach(tuple -> totals.merge(
                        (Long) tuple[0],
                        StanceCount.NONE.plus((StanceQualifier) tuple[1], (Long) tuple[2]),
                        StanceCount::plus));
        return totals;
    }

    /**
     * The whole project's participants from the stance totals, which the database keeps equal to what
     * {@link #cells} would group (a million passages take minutes to group in H2).
     */
    private PositionMatrix totalsMatrix(Project project, ComparisonScope scope) {
        Map<Long, String> names = totals.participantNames(project.getId());
        PositionMatrix.Builder matrix =
                new PositionMatrix.Builder(Rollup.PARTICIPANT, codebook.positions(project.getId()));
        Map<Long, PositionMatrix.RowCounts> rows = new HashMap<>();
        totals.forEach(
                project.getId(),
                scope,
                (speaker, position, qualifier, passages) -> rows.computeIfAbsent(
                                speaker,
                                id -> id == null ? matrix.row(null, null) : matrix.row(id.toString(), names.get(id)))
                        .add(position, qualifier, passages));
        return matrix.build(scope.counting());
    }

    private List<MatrixCell> cells(ScopeFilter filter, Counting counting, Rollup rollup) {
        String groups = rollup.groupBy() + ", a.position.id, a.qualifier";
        List<Object[]> tuples = filter.bind(entityManager.createQuery(
                        "select " + groups + ", " + counting.aggregate() + ScopeFilter.FROM + filter.where()
                                + " group by " + groups,
                        Object[].class))
                .getResultList();
        int width = rollup.width();
        return tuples.stream()
                .map(tuple -> new MatrixCell(
                        rollup.key(tuple),
                        rollup.rowLabel(tuple),
                        (Long) tuple[width],
                        (StanceQualifier) tuple[width + 1],
                        (Long) tuple[width + 2]))
                .toList();
    }
}
