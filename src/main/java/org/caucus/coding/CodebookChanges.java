package org.caucus.coding;

import jakarta.persistence.EntityManager;
import org.caucus.codebook.Position;
import org.caucus.codebook.PositionDeleted;
import org.caucus.codebook.PositionsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps coded passages in step with the codebook when positions are merged or deleted. */
@Component
class CodebookChanges {

    private final AnnotationRepository annotations;
    private final EntityManager entityManager;

    CodebookChanges(AnnotationRepository annotations, EntityManager entityManager) {
        this.annotations = annotations;
        this.entityManager = entityManager;
    }

    /**
     * Runs inside the merging transaction. A passage already coded the same way with both
     * positions would be counted twice after the merge, so the merged copy goes.
     */
    @EventListener
    void on(PositionsMerged merged) {
        annotations.deleteCodedTheSameWayWith(merged.mergedId(), merged.intoId());
        annotations.movePassages(merged.mergedId(), entityManager.getReference(Position.class, merged.intoId()));
    }

    /** Runs inside the deleting transaction: the analyst was told how many passages go with it. */
    @EventListener
    void on(PositionDeleted deleted) {
        annotations.deleteByPosition(deleted.positionId());
    }
}
