package org.caucus.coding;

import jakarta.persistence.EntityManager;
import org.caucus.corpus.BlockSpeakerChanged;
import org.caucus.corpus.Participant;
import org.caucus.corpus.ParticipantsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps coded passages credited to the right speaker when an analyst changes a block's speaker or
 * merges two participants. Moving passages recounts the stance totals of their positions, so those
 * positions are held first, as a coder's save holds them ({@link StanceCellLocks}).
 */
@Component
class PassageSpeakers {

    private final AnnotationRepository annotations;
    private final StanceCellLocks cells;
    private final EntityManager entityManager;

    PassageSpeakers(AnnotationRepository annotations, StanceCellLocks cells, EntityManager entityManager) {
        this.annotations = annotations;
        this.cells = cells;
        this.entityManager = entityManager;
    }

    /** Runs inside the transaction that changed the block, so both change together or not at all. */
    @EventListener
    void on(BlockSpeakerChanged change) {
        Participant speaker =
                change.speakerId() == null ? null : entityManager.getReference(Participant.class, change.speakerId());
        cells.hold(annotations.findPositionsCodedIn(change.messageId(), change.start(), change.end()));
        annotations.creditPassagesIn(change.messageId(), change.start(), change.end(), speaker);
    }

    /** Runs inside the merge's transaction, before the merged participant is deleted. */
    @EventListener
    void on(ParticipantsMerged merge) {
        cells.hold(annotations.findPositionsCodedFor(merge.mergedId()));
        annotations.creditPassagesOf(
                entityManager.getReference(Participant.class, merge.mergedId()),
                entityManager.getReference(Participant.class, merge.keptId()));
    }
}
