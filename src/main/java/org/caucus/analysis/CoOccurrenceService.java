package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which positions are coded together: in the same message, and on passages that share text. */
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
     *
     * <p>The passages in scope are read once, message by message, and paired in memory: a self-join
     * of a million passages on their message made H2 group ten million pairs (69 s for the page).
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public CoOccurrence coOccurrence(Project project, ComparisonScope scope) {
        List<PositionChoice> positions = codebook.positions(project.getId());
        Map<Long, Integer> order = new HashMap<>();
        positions.forEach(position -> order.put(position.id(), order.size()));
        PositionPairs pairs = new PositionPairs(positions.size());
        ScopeFilter filter = ScopeFilter.of(project.getId(), scope);
        try (Stream<Object[]> rows = filter.bind(entityManager.createQuery(
                        "select m.id, a.position.id, a.start, a.end" + ScopeFilter.FROM + filter.where()
                                + " order by m.id",
                        Object[].class))
                .getResultStream()) {
            rows.forEach(row -> {
                Integer position = order.get((Long) row[1]);
                if (position != null) {
                    pairs.add((Long) row[0], position, (Integer) row[2], (Integer) row[3]);
                }
            });
        }
        pairs.finish();
        List<CoOccurrence.Pair> together = new ArrayList<>();
        for (int first = 0; first < positions.size(); first++) {
            for (int second = first + 1; second < positions.size(); second++) {
                if (pairs.messages(first, second) > 0) {
                    together.add(new CoOccurrence.Pair(
                            positions.get(first).id(),
                            positions.get(second).id(),
                            pairs.messages(first, second),
                            pairs.overlapping(first, second)));
                }
            }
        }
        return new CoOccurrence(positions, together);
    }
}
