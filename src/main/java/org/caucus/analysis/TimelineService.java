package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Positions over time, counted per week or month by a group-by in the database. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    private final EntityManager entityManager;
    private final CodebookService codebook;

    TimelineService(EntityManager entityManager, CodebookService codebook) {
        this.entityManager = entityManager;
        this.codebook = codebook;
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Timeline timeline(Project project, ComparisonScope scope, TimelineSubject subject, Period period) {
        ScopeFilter filter =
                subject.narrow(ScopeFilter.of(project.getId(), scope)).and("m.sentAt is not null", q -> {});
        // Grouping by the period itself, not by day, keeps distinct counting exact within a period.
        String groups = period.index() + ", a.position.id, a.qualifier";
        List<Object[]> rows = filter.bind(entityManager.createQuery(
                        "select " + groups + ", " + scope.counting().aggregate() + ScopeFilter.FROM + filter.where()
                                + " group by " + groups,
                        Object[].class))
                .getResultList();
        Map<LocalDate, Map<Long, StanceCount>> counts = new TreeMap<>();
        for (Object[] row : rows) {
            LocalDate start = period.start(((Number) row[0]).longValue());
            counts.computeIfAbsent(start, day -> new LinkedHashMap<>())
                    .merge(
                            (Long) row[1],
                            StanceCount.NONE.plus((StanceQualifier) row[2], (Long) row[3]),
                            StanceCount::plus);
        }
        List<PositionChoice> positions = codebook.positions(project.getId()).stream()
                .filter(position -> subject.issue() == null || position.issue().equals(subject.issue()))
                .toList();
        List<LocalDate> periods = counts.isEmpty()
                ? List.of()
                : period.between(counts.keySet().iterator().next(), ((TreeMap<LocalDate, ?>) counts).lastKey());
        Map<LocalDate, Map<Long, StanceCount>> frozen = new LinkedHashMap<>();
        counts.forEach((start, byPosition) -> frozen.put(start, Map.copyOf(byPosition)));
        return new Timeline(period, periods, positions, Map.copyOf(frozen));
    }
}
