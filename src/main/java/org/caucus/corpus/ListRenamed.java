package org.caucus.corpus;

import java.util.List;

/**
 * An analyst renamed a list of a project, or merged it into another, and the transaction that did it has committed
 * or commits with the one that published this. The search index, which keeps each message's list, takes the new name
 * from here.
 */
public record ListRenamed(long projectId, List<Long> messageIds) {

    public ListRenamed {
        messageIds = List.copyOf(messageIds);
    }
}
