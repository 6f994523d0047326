package org.caucus.corpus;

import java.util.List;

/**
 * Messages were stored in a project, by an import or one at a time, and their transactions have committed or commit
 * with the one that published this. Whatever keeps a copy of the messages' text (the search index) picks them up from
 * here: imports write thousands of messages, and copying them in bulk afterwards is cheaper than one by one.
 */
public record MessagesImported(long projectId, List<Long> messageIds) {

    public MessagesImported {
        messageIds = List.copyOf(messageIds);
    }
}
