package org.caucus.search;

import java.time.OffsetDateTime;

/**
 * One keyword-in-context line: a hit in a message's text with the words around it.
 *
 * @param start where the hit starts in the message text; -1 when the message matched only by its
 *     subject or sender, so that there is no passage to code
 * @param speaker who speaks in the block the hit lies in; {@code null} when nobody known
 * @param passages how many passages of the message are coded already
 */
public record SearchHit(
        long messageId,
        String subject,
        String poster,
        OffsetDateTime sentAt,
        String listName,
        int start,
        int end,
        String before,
        String match,
        String after,
        String speaker,
        long passages) {

    /** Whether the hit lies in the message text, so that it can be coded. */
    public boolean inText() {
        return start >= 0;
    }
}
