package org.caucus.corpus;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds reply trees with Jamie Zawinski's threading algorithm: References and In-Reply-To link
 * messages through containers (a referenced message may be missing from the archive), and a
 * message that names no parent at all joins the earliest earlier message with the same thread
 * subject.
 */
final class ThreadBuilder {

    /** What threading needs to know of a message. */
    record Node(
            long id,
            String messageId,
            String inReplyTo,
            List<String> references,
            String threadSubject,
            Instant sentAt) {}

    /** Where a message sits: its parent ({@code null} for a thread start) and the thread it belongs to. */
    record Placement(Long parentId, long threadId) {}

    /** A Message-ID seen in a header; holds a message when the archive has it. */
    private static final class Container {
        Node node;
        Container parent;
        final List<Container> children = new ArrayList<>();

        boolean isAncestorOf(Container other) {
            for (Container c = other; c != null; c = c.parent) {
                if (c == this) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, Container> byMessageId = new HashMap<>();

    static Map<Long, Placement> thread(List<Node> nodes) {
        return new ThreadBuilder().build(nodes);
    }

    private Map<Long, Placement> build(List<Node> nodes) {
        List<Container> containers = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            Container own = containerFor(node);
            own.node = node;
            containers.add(own);
            Container previous = null;
            for (String reference : chain(node)) {
                Container current = containerFor(reference);
                if (previous != null && current.parent == null && !current.isAncestorOf(previous)) {
                    link(previous, current);
                }
                previous = current;
            }
            if (previous != null && previous != own && !own.isAncestorOf(previous)) {
                link(previous, own);
            }
        }
        attachBySubject(containers);
        return placements(containers);
    }

    private Container containerFor(Node node) {
        String key = node.messageId();
        if (key == null || key.isBlank()) {
            return new Container();
        }
        Container container = containerFor(key);
        // Two messages with one Message-ID: the second gets a container of its own.
        return container.node == null ? container : new Container();
    }

    private Container containerFor(String messageId) {
        return byMessageId.computeIfAbsent(messageId.strip(), id -> new Container());
    }

    /** The Message-IDs a message names as its ancestors, oldest first, without blanks or itself. */
    static List<String> chain(Node node) {
        List<String> chain = new ArrayList<>(node.references());
        if (node.inReplyTo() != null && !node.inReplyTo().isBlank() && !chain.contains(node.inReplyTo())) {
            chain.add(node.inReplyTo());
        }
        chain.removeIf(id -> id == null || id.isBlank() || id.equals(node.messageId()));
        return chain;
    }

    private static void link(Container parent, Container child) {
        if (child.parent != null) {
            child.parent.children.remove(child);
        }
        child.parent = parent;
        parent.children.add(child);
    }

    /** Messages that name no parent join the earliest earlier thread start with the same subject. */
    private static void attachBySubject(List<Container> containers) {
        Map<String, Container> earliest = new LinkedHashMap<>();
        List<Container> bySentAt = containers.stream()
                .filter(c -> c.parent == null)
                .sorted(Comparator.comparing(
                        (Container c) -> c.node.sentAt(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (Container root : bySentAt) {
            String subject = root.node.threadSubject();
            if (subject == null || subject.isBlank()) {
                continue;
            }
            Container first = earliest.putIfAbsent(subject.strip().toLowerCase(Locale.ROOT), root);
            if (first != null && chain(root.node).isEmpty()) {
                link(first, root);
            }
        }
    }

    private static Map<Long, Placement> placements(List<Container> containers) {
        Map<Long, Placement> placements = new HashMap<>();
        Set<Container> done = new HashSet<>();
        for (Container container : containers) {
            Container top = container;
            while (top.parent != null) {
                top = top.parent;
            }
            if (done.add(top)) {
                place(top, threadId(top), placements);
            }
        }
        return placements;
    }

    /**
     * Gives every message under {@code top} its parent and the thread's id. The trees are walked with a stack, not by
     * recursion: a reply chain thousands of messages deep, or one message naming thousands of missing ancestors,
     * overflowed the thread's stack, and every later import into the project rebuilt the same tree.
     */
    private static void place(Container top, long threadId, Map<Long, Placement> placements) {
        Deque<Map.Entry<Container, Long>> toPlace = new ArrayDeque<>();
        toPlace.push(new AbstractMap.SimpleImmutableEntry<>(top, null));
        while (!toPlace.isEmpty()) {
            Map.Entry<Container, Long> next = toPlace.pop();
            Container container = next.getKey();
            Long parentId = next.getValue();
            if (container.node != null) {
                placements.put(container.node.id(), new Placement(parentId, threadId));
                parentId = container.node.id();
            }
            for (Container child : container.children) {
                toPlace.push(new AbstractMap.SimpleImmutableEntry<>(child, parentId));
            }
        }
    }

    /** A thread is named by its earliest message, even when its true start is missing from the archive. */
    private static long threadId(Container top) {
        Comparator<Node> earliest = Comparator.comparing(Node::sentAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Node::id);
        Node first = null;
        Deque<Container> toVisit = new ArrayDeque<>();
        toVisit.push(top);
        while (!toVisit.isEmpty()) {
            Container container = toVisit.pop();
            if (container.node != null && (first == null || earliest.compare(container.node, first) < 0)) {
                first = container.node;
            }
            container.children.forEach(toVisit::push);
        }
        if (first == null) {
            throw new IllegalStateException("a thread without a message");
        }
        return first.id();
    }
}
