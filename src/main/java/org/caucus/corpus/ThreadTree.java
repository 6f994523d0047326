package org.caucus.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A thread as a reply tree, each level in the order the messages were sent. */
public final class ThreadTree {

    private final long threadId;
    private final long projectId;
    private final List<ThreadMessage> starts = new ArrayList<>();
    private final Map<Long, List<ThreadMessage>> replies = new LinkedHashMap<>();
    private final int size;
    private final String subject;

    /** {@code messages} in the order each level is to show, i.e. by date. */
    ThreadTree(long threadId, long projectId, List<ThreadMessage> messages) {
        this.threadId = threadId;
        this.projectId = projectId;
        this.size = messages.size();
        Set<Long> present = messages.stream().map(ThreadMessage::id).collect(Collectors.toSet());
        for (ThreadMessage message : messages) {
            // A parent outside the thread cannot happen after threading, but a tree that loses
            // a message would hide it from the analyst, so such a message starts the tree instead.
            if (message.parentId() == null || !present.contains(message.parentId())) {
                starts.add(message);
            } else {
                replies.computeIfAbsent(message.parentId(), parent -> new ArrayList<>())
                        .add(message);
            }
        }
        this.subject = messages.stream()
                .filter(message -> message.id() == threadId)
                .findFirst()
                .or(() -> messages.stream().findFirst())
                .map(ThreadMessage::subject)
                .orElse("");
    }

    public long threadId() {
        return threadId;
    }

    public long projectId() {
        return projectId;
    }

    /** The subject of the message the thread is named by, its earliest. */
    public String subject() {
        return subject;
    }

    public int size() {
        return size;
    }

    /** The messages that reply to no other message of the thread. */
    public List<ThreadMessage> starts() {
        return List.copyOf(starts);
    }

    public List<ThreadMessage> repliesTo(ThreadMessage message) {
        return List.copyOf(replies.getOrDefault(message.id(), List.of()));
    }
}
