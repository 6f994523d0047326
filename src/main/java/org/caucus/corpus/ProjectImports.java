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
 * that the page is not kept waiting, possibly for minutes. The servers of a team that share one PostgreSQL database
 * take turns too, through {@link SharedImportTurns}.
 */
@Component
class ProjectImports {

    // How often an import waiting for its turn asks whether it was cancelled, or whether another server's has ended.
    private static final long CANCEL_CHECK_MILLIS = 200;

    private final Map<Long, Semaphore> turns = new ConcurrentHashMap<>();
    private final SharedImportTurns sharedTurns;

    ProjectImports(SharedImportTurns sharedTurns) {
        this.sharedTurns = sharedTurns;
    }

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
        Waiting waiting = new Waiting(progress);
        if (!takeHere(turn, waiting)) {
            return Optional.empty();
        }
        Optional<Turn> shared;
        try {
            shared = takeShared(projectId, waiting);
        } catch (RuntimeException e) {
            turn.release();
            throw e;
        }
        if (shared.isEmpty()) {
            turn.release();
            return Optional.empty();
        }
        waiting.started();
        Turn held = shared.get();
        return Optional.of(() -> {
            try {
                held.close();
            } finally {
                turn.release();
            }
        });
    }

    /** @return false when cancelled while waiting for this server's import */
    private static boolean takeHere(Semaphore turn, Waiting waiting) {
        if (turn.tryAcquire()) {
            return true;
        }
        waiting.tell();
        try {
            while (!turn.tryAcquire(CANCEL_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (waiting.cancelled()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Another server tells nobody when its import ends: the turn is asked for again until it is free. */
    private Optional<Turn> takeShared(long projectId, Waiting waiting) {
        Optional<Turn> shared = sharedTurns.tryTake(projectId);
        while (shared.isEmpty()) {
            waiting.tell();
            if (waiting.cancelled()) {
                return Optional.empty();
            }
            try {
                Thread.sleep(CANCEL_CHECK_MILLIS);
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
            shared = sharedTurns.tryTake(projectId);
        }
        return shared;
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("Interrupted while waiting for the project's running import", e);
    }

    /** Tells an import's progress once that it waits, and that it starts after waiting. */
    private static final class Waiting {
        private final ImportProgress progress;
        private boolean told;

        Waiting(ImportProgress progress) {
            this.progress = progress;
        }

        void tell() {
            if (!told) {
                progress.waitingForEarlierImport();
                told = true;
            }
        }

        boolean cancelled() {
            return progress.cancelled();
        }

        void started() {
            if (told) {
                progress.startedAfterWaiting();
            }
        }
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
        boolean sharedTaken;
        try {
            sharedTaken = sharedTurns.tryTakeUntilTransactionEnds(projectId);
        } catch (RuntimeException e) {
            turn.release();
            throw e;
        }
        if (!sharedTaken) {
            turn.release();
            throw new ImportRunningException(change
                    + " while an import into this project is running on another server of the team; try again once"
                    + " it has ended.");
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
