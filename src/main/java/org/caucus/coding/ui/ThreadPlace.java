package org.caucus.coding.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caucus.corpus.ThreadMessage;
import org.caucus.corpus.ThreadTree;

/**
 * Where a message stands in its thread, read as the thread page shows it (each message followed by
 * its replies): the messages before and after it, the one it answers and the ones answering it.
 */
record ThreadPlace(
        long threadId,
        int index,
        int size,
        Optional<ThreadMessage> previous,
        Optional<ThreadMessage> next,
        Optional<ThreadMessage> parent,
        List<ThreadMessage> replies) {

    static Optional<ThreadPlace> of(ThreadTree tree, long messageId) {
        List<ThreadMessage> inOrder = new ArrayList<>();
        tree.starts().forEach(start -> collect(tree, start, inOrder));
        for (int i = 0; i < inOrder.size(); i++) {
            ThreadMessage message = inOrder.get(i);
            if (message.id() == messageId) {
                return Optional.of(new ThreadPlace(
                        tree.threadId(),
                        i,
                        inOrder.size(),
                        i > 0 ? Optional.of(inOrder.get(i - 1)) : Optional.empty(),
                        i + 1 < inOrder.size() ? Optional.of(inOrder.get(i + 1)) : Optional.empty(),
                        inOrder.stream()
                                .filter(m -> message.parentId() != null && m.id() == message.parentId())
                                .findFirst(),
                        tree.repliesTo(message)));
            }
        }
        return Optional.empty();
    }

    private static void collect(ThreadTree tree, ThreadMessage message, List<ThreadMessage> inOrder) {
        inOrder.add(message);
        tree.repliesTo(message).forEach(reply -> collect(tree, reply, inOrder));
    }
}
