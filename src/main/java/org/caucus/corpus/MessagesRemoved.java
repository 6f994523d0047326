package org.caucus.corpus;

import java.util.List;

/**
 * Messages were removed from a project, and the transaction that removed them has committed or commits with the one
 * that published this. Whatever keeps a copy of the messages' text (the search index) drops them.
 */
public record MessagesRemoved(long projectId, List<Long> messageIds) {

    public MessagesRemoved {
        messageIds = List.copyOf(messageIds);
    }
}
