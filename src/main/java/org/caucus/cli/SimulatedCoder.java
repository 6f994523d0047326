package org.caucus.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.caucus.cli.AcknowledgedSave.PassageState;
import org.caucus.cli.CodingLoadDebate.CodableMessage;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageChangedException;
import org.caucus.coding.PassageRange;
import org.caucus.coding.PassageRejectedException;
import org.caucus.coding.StanceQualifier;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * One coder of the load check, on a thread of its own until its time is up: it opens a message of
 * the shared pool, reads its passages, and codes a new one, changes one or deletes one, from the
 * version it has just read. Coders working on the same few messages collide, as a team does.
 */
final class SimulatedCoder implements Runnable {

    /** How often a coder codes a new passage when the message already has some; otherwise it changes or deletes one. */
    private static final double CODE_SHARE = 0.4;

    private static final double CHANGE_SHARE_OF_THE_REST = 0.6;

    /** A save that keeps losing to deadlocks this often is reported rather than tried forever. */
    private static final int ATTEMPTS = 5;

    private final CoderSession session;
    private final List<CodableMessage> pool;
    private final List<Long> positions;
    private final Map<Long, String> positionNames;
    private final long deadlineNanos;
    private final SplittableRandom random;
    private final AtomicLong memos;
    private final CoderTally tally = new CoderTally();

    SimulatedCoder(
            CoderSession session,
            List<CodableMessage> pool,
            Map<Long, String> positionNames,
            long deadlineNanos,
            long seed,
            AtomicLong memos) {
        this.session = session;
        this.pool = pool;
        this.positions = List.copyOf(positionNames.keySet());
        this.positionNames = positionNames;
        this.deadlineNanos = deadlineNanos;
        this.random = new SplittableRandom(seed);
        this.memos = memos;
    }

    CoderTally tally() {
        return tally;
    }

    @Override
    public void run() {
        while (System.nanoTime() < deadlineNanos) {
            try {
                step(pool.get(random.nextInt(pool.size())));
            } catch (RuntimeException unexpected) {
                tally.failed(session.coder() + ": " + unexpected);
            }
        }
    }

    private void step(CodableMessage message) {
        long start = System.nanoTime();
        List<Highlight> seen = session.read(message.id());
        tally.took(LoadOperation.READ, System.nanoTime() - start);
        if (seen.isEmpty() || random.nextDouble() < CODE_SHARE) {
            CodingRequest request = request(message, pick(message.passages()));
            save(LoadOperation.CODE, () -> session.code(request))
                    .ifPresent(coded -> acknowledge(LoadOperation.CODE, coded, coded.version(), request));
            return;
        }
        Highlight target = pick(seen);
        if (random.nextDouble() < CHANGE_SHARE_OF_THE_REST) {
            PassageRange span = random.nextBoolean() ? pick(message.passages()) : spanOf(message, target);
            CodingRequest changed = request(message, span);
            save(LoadOperation.EDIT, () -> session.edit(target, changed))
                    .ifPresent(saved -> acknowledge(LoadOperation.EDIT, saved, saved.version(), changed));
        } else {
            save(LoadOperation.DELETE, () -> session.delete(target))
                    .ifPresent(deleted -> acknowledge(LoadOperation.DELETE, target, target.version(), null));
        }
    }

    /** Every choice is random and every memo new, so that no save leaves a passage as it was. */
    private CodingRequest request(CodableMessage message, PassageRange span) {
        return new CodingRequest(
                message.id(),
                span,
                pick(positions),
                StanceQualifier.values()[random.nextInt(StanceQualifier.values().length)],
                session.coder() + " note " + memos.incrementAndGet());
    }

    private void acknowledge(LoadOperation operation, Highlight passage, long version, CodingRequest request) {
        PassageState after = request == null
                ? null
                : new PassageState(
                        request.range().start(),
                        request.range().end(),
                        request.range().text(),
                        positionNames.get(request.positionId()),
                        request.qualifier().name(),
                        request.memo());
        tally.acknowledged(new AcknowledgedSave(operation, passage.id(), version, session.coder(), after));
    }

    /**
     * One save as a coder makes it: refused when the passage changed since it was read (the coder
     * reloads), refused for its content (such as coding a passage a second time), or tried again
     * when the database gave it up to end a deadlock or a serialization conflict.
     */
    private <T> Optional<T> save(LoadOperation operation, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return Optional.of(call.get());
                } catch (PessimisticLockingFailureException lockLost) {
                    if (attempt == ATTEMPTS) {
                        throw lockLost;
                    }
                    tally.repeatedAfterLockFailure();
                }
            }
        } catch (PassageChangedException stale) {
            tally.refusedAsStale();
        } catch (PassageRejectedException refused) {
            tally.refusedForContent();
        } finally {
            tally.took(operation, System.nanoTime() - start);
        }
        return Optional.empty();
    }

    private static PassageRange spanOf(CodableMessage message, Highlight passage) {
        return message.passages().stream()
                .filter(span -> span.start() == passage.start() && span.end() == passage.end())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("passage " + passage.id() + " at " + passage.start() + "-"
                        + passage.end() + " is not a line the coders select"));
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
