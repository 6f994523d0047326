package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The issue view: each participant's (or organisation's...) standing on one issue. */
@Service
@Transactional(readOnly = true)
public class IssueStandingService {

    private final PositionMatrixService matrices;
    private final EntityManager entityManager;

    IssueStandingService(PositionMatrixService matrices, EntityManager entityManager) {
        this.matrices = matrices;
        this.entityManager = entityManager;
    }

    /**
     * @param issue the issue's name, as the codebook spells it
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public IssueStandings standings(Project project, ComparisonScope scope, Rollup rollup, String issue) {
        PositionMatrix matrix = matrices.issueMatrix(project, scope, rollup, issue);
        List<IssueStandings.Standing> standings = new ArrayList<>();
        Set<String> withStand = new HashSet<>();
        for (PositionMatrix.Row row : matrix.rows()) {
            List<IssueStandings.Stand> stands = new ArrayList<>();
            for (PositionChoice position : matrix.positions()) {
                StanceCount count = row.count(position.id());
                for (StanceQualifier qualifier : StanceQualifier.values()) {
                    if (count.of(qualifier) > 0) {
                        stands.add(new IssueStandings.Stand(position.name(), qualifier, count.of(qualifier)));
                    }
                }
            }
            standings.add(new IssueStandings.Standing(row.key(), row.label(), List.copyOf(stands)));
            withStand.add(row.key());
        }
        List<String> noStand = new ArrayList<>();
        for (Object[] row : rowsOfProject(project, rollup)) {
            if (!withStand.contains(rollup.key(row))) {
                noStand.add(rollup.rowLabel(row));
            }
        }
        noStand.sort(String.CASE_INSENSITIVE_ORDER);
        return new IssueStandings(issue, List.copyOf(standings), List.copyOf(noStand));
    }

    /** Every participant of the project, or every organisation, group or country they belong to. */
    private List<Object[]> rowsOfProject(Project project, Rollup rollup) {
        return entityManager
                .createQuery(
                        "select distinct " + rollup.groupBy() + " from Participant s where s.project.id = :project",
                        Object[].class)
                .setParameter("project", project.getId())
                .getResultList();
    }
}
