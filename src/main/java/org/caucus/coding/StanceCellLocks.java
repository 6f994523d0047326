package org.caucus.coding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Arrays;
import java.util.Collection;
import org.caucus.codebook.Position;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the writes of passages under the same position wait for one another: a coder's save, and
 * the moves of merges and speaker changes. The stance totals are recounted by a trigger inside each
 * write's transaction, and a recount cannot see a passage another transaction has written but not
 * yet committed: two coders coding the same position at once would each write a count without the
 * other's passage, and the last one written would stand. Holding the position's row until the write
 * commits puts the second recount after the first commit.
 * Positions are taken in the order of their ids, so that two saves never wait for each other. A
 * repository, so that a lock given up after the database's timeout arrives as Spring's
 * {@code PessimisticLockingFailureException}, like a deadlock.
 */
@Repository
class StanceCellLocks {

    private final EntityManager entityManager;

    StanceCellLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Holds the positions a save leaves and enters until its transaction ends; an unknown id holds nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    void hold(long... positionIds) {
        hold(Arrays.stream(positionIds).boxed().toList());
    }

    /** Holds the positions of the passages a merge or speaker change moves, until its transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void hold(Collection<Long> positionIds) {
        positionIds.stream()
                .distinct()
                .sorted()
                .forEach(id -> entityManager.find(Position.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
