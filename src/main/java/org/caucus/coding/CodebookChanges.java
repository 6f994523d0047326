package org.caucus.coding;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.caucus.codebook.Position;
import org.caucus.codebook.PositionDeleted;
import org.caucus.codebook.PositionsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps coded passages in step with the codebook when positions are merged or deleted. */
@Component
class CodebookChanges {

    private final AnnotationRepository annotations;
    private final AnnotationChangeRepository history;
    private final CodingService coding;
    private final StanceCellLocks cells;
    private final Clock clock;
    private final EntityManager entityManager;

    CodebookChanges(
            AnnotationRepository annotations,
            AnnotationChangeRepository history,
            CodingService coding,
            StanceCellLocks cells,
            Clock clock,
            EntityManager entityManager) {
        this.annotations = annotations;
        this.history = history;
        this.coding = coding;
        this.cells = cells;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Runs inside the merging transaction. A passage already coded the same way with both
     * positions would be counted twice after the merge, so the merged copy goes. The history
     * records both, as the analyst who merged; the moved passages get a new version, so that a
     * coder who still sees the old position is told of the merge when saving. Both positions'
     * stance totals are recounted, so both are held as a save holds them.
     */
    @EventListener
    void on(PositionsMerged merged) {
        cells.hold(merged.mergedId(), merged.intoId());
        String by = coding.coder();
        Instant at = clock.instant();
        history.recordDeletedAsCodedTwice(merged.mergedId(), merged.intoId(), by, at);
        annotations.deleteCodedTheSameWayWith(merged.mergedId(), merged.intoId());
        history.recordMovedByMerge(merged.mergedId(), merged.intoId(), by, at);
        annotations.movePassages(
                merged.mergedId(), entityManager.getReference(Position.class, merged.intoId()), by, at);
    }

    /** Runs inside the deleting transaction: the analyst was told how many passages go with it. */
    @EventListener
    void on(PositionDeleted deleted) {
        cells.hold(deleted.positionId());
        history.recordDeletedWithPosition(deleted.positionId(), coding.coder(), clock.instant());
        annotations.deleteByPosition(deleted.positionId());
    }
}
