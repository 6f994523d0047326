package org.caucus.corpus;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One import into a project at a time. Two imports reading the same messages at once would each find them new, and
 * the second to store them would fail on the first's copies; each would also place the other's messages in threads
 * it does not know, and a participant merged away during an import would leave it crediting someone who is gone.
 *
 * <p>An archive import therefore waits for the one running before it. The quick changes an analyst makes while
 * looking at the page (a pasted page, the texts of a QDPX project, a merge of participants) are refused instead, so
 * that the page is not kept waiting, possibly for minutes. Imports run in this server: a second server on the same
 * PostgreSQL database does not see them.
 */
@Component
class ProjectImports {

    // How often an import waiting for its turn asks whether it was cancelled.
    private static final long CANCEL_CHECK_MILLIS = 200;

    private final Map<Long, Semaphore> turns = new ConcurrentHashMap<>();

    /** A project's turn, held until closed. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the project's turn, first waiting for the import that holds it to end. {@code progress} is told when the
     * import must wait, and when its turn has come.
     *
     * @return the turn, to close when the import has ended; empty when cancelled while waiting
     */
    Optional<Turn> awaitTurn(long projectId, ImportProgress progress) {
        Semaphore turn = turnOf(projectId);
        if (!turn.tryAcquire()) {
            progress.waitingForEarlierImport();
            try {
                while (!turn.tryAcquire(CANCEL_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (progress.cancelled()) {
                        return Optional.empty();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the project's running import", e);
            }
            progress.startedAfterWaiting();
        }
        return Optional.of(turn::release);
    }

    /**
     * Keeps imports out of the project until the current transaction has ended, committed or not.
     *
     * @param change what the transaction does, as the start of the refusal ("A page cannot be imported")
     * @throws ImportRunningException when an import into the project is running; nothing is changed then
     */
    void holdUntilTransactionEnds(long projectId, String change) {
        String heldHere = ProjectImports.class.getName() + ":" + projectId;
        if (TransactionSynchronizationManager.hasResource(heldHere)) {
            return;
        }
        Semaphore turn = turnOf(projectId);
        if (!turn.tryAcquire()) {
            throw new ImportRunningException(
                    change + " while an import into this project is running; try again once it has ended.");
        }
        TransactionSynchronizationManager.bindResource(heldHere, turn);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResource(heldHere);
                turn.release();
            }
        });
    }

    private Semaphore turnOf(long projectId) {
        return turns.computeIfAbsent(projectId, id -> new Semaphore(1, true));
    }
}
