package org.caucus.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project's reply trees while an import writes into it. Each new message is written already in the place the
 * messages before it give it, so that afterwards only the few a later message moved are written again: when every
 * new row was left unplaced, threading a fresh import of 33,000 messages rewrote all of those wide rows (body and raw
 * bytes) and took a fifth of the import.
 *
 * <p>The provisional place follows {@link ThreadBuilder}'s rules as far as the messages seen so far allow; the final
 * word is always the whole tree rebuilt by {@link #moves()}, so a guess that a later message overturns costs one
 * update, never a wrong thread. For one thread at a time.
 */
final class RunningThreads {

    /**
     * A message already stored, with the place it was stored in ({@code placement} null if never threaded) and its
     * poster ({@code null} if unknown).
     */
    record Stored(ThreadBuilder.Node node, ThreadBuilder.Placement placement, Long posterId) {}

    private final List<ThreadBuilder.Node> nodes = new ArrayList<>();
    private final Map<Long, ThreadBuilder.Placement> written = new HashMap<>();
    // The thread each Message-ID seen so far is in, and the message behind it if the archive holds one.
    private final Map<String, Known> byMessageId = new HashMap<>();
    // The first message of each subject that names no parent: later ones of that subject join it.
    private final Map<String, Known> firstBySubject = new HashMap<>();

    private record Known(Long messageId, long threadId, Long posterId) {}

    RunningThreads(List<Stored> stored) {
        stored.stream()
                .sorted(Comparator.comparing(
                        (Stored s) -> s.node().sentAt(), Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(s -> {
                    List<String> chain = ThreadBuilder.chain(s.node());
                    ThreadBuilder.Placement placement = s.placement() == null ? guess(s.node(), chain) : s.placement();
                    remember(s.node(), s.posterId(), chain, placement, s.placement());
                });
    }

    /**
     * Takes a new message into the trees.
     *
     * @param posterId who posted it, {@code null} if unknown
     * @return where to write it
     */
    ThreadBuilder.Placement place(ThreadBuilder.Node node, Long posterId) {
        List<String> chain = ThreadBuilder.chain(node);
        ThreadBuilder.Placement placement = guess(node, chain);
        remember(node, posterId, chain, placement, placement);
        return placement;
    }

    /**
     * Who posted the messages a message replies to, as far as the trees hold them: the parent's poster first, then
     * its parent's, and so on up the References.
     */
    List<Long> postersUpThread(ThreadBuilder.Node node) {
        List<Long> posters = new ArrayList<>();
        for (String reference : ThreadBuilder.chain(node).reversed()) {
            Known known = byMessageId.get(reference.strip());
            if (known != null && known.posterId() != null) {
                posters.add(known.posterId());
            }
        }
        return posters;
    }

    /** The messages whose place in the whole rebuilt trees differs from the one they were written with. */
    Map<Long, ThreadBuilder.Placement> moves() {
        Map<Long, ThreadBuilder.Placement> moves = new HashMap<>();
        ThreadBuilder.thread(nodes).forEach((id, placement) -> {
            if (!placement.equals(written.get(id))) {
                moves.put(id, placement);
            }
        });
        return moves;
    }

    private ThreadBuilder.Placement guess(ThreadBuilder.Node node, List<String> chain) {
        Long threadOfMissingParent = null;
        for (String reference : chain.reversed()) {
            Known known = byMessageId.get(reference.strip());
            if (known != null && known.messageId() != null) {
                // Messages missing in between: the tree gives the place to the nearest ancestor the archive holds.
                return new ThreadBuilder.Placement(known.messageId(), known.threadId());
            }
            if (known != null && threadOfMissingParent == null) {
                threadOfMissingParent = known.threadId();
            }
        }
        if (threadOfMissingParent != null) {
            return new ThreadBuilder.Placement(null, threadOfMissingParent);
        }
        if (chain.isEmpty()) {
            Known first = firstBySubject.get(subjectKey(node));
            if (first != null) {
                return new ThreadBuilder.Placement(first.messageId(), first.threadId());
            }
        }
        return new ThreadBuilder.Placement(null, node.id());
    }

    private void remember(
            ThreadBuilder.Node node,
            Long posterId,
            List<String> chain,
            ThreadBuilder.Placement guessed,
            ThreadBuilder.Placement stored) {
        nodes.add(node);
        if (stored != null) {
            written.put(node.id(), stored);
        }
        if (node.messageId() != null && !node.messageId().isBlank()) {
            // The first message with this Message-ID holds it, also when replies to it came first.
            byMessageId.merge(
                    node.messageId().strip(),
                    new Known(node.id(), guessed.threadId(), posterId),
                    (seen, now) -> seen.messageId() == null ? now : seen);
        }
        // Replies to a message the archive lacks share its thread: the next reply to it joins this one.
        for (String reference : chain) {
            byMessageId.putIfAbsent(reference.strip(), new Known(null, guessed.threadId(), null));
        }
        String subject = subjectKey(node);
        if (chain.isEmpty() && subject != null) {
            firstBySubject.putIfAbsent(subject, new Known(node.id(), guessed.threadId(), posterId));
        }
    }

    private static String subjectKey(ThreadBuilder.Node node) {
        String subject = node.threadSubject();
        return subject == null || subject.isBlank() ? null : subject.strip().toLowerCase(Locale.ROOT);
    }
}
