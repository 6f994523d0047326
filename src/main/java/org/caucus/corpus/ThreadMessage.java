package org.caucus.corpus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One message in a thread tree.
 *
 * @param parentId the message it replies to, or {@code null} for a message that starts the thread
 *     (a thread can have several when the message they all answer is missing from the archive)
 */
public record ThreadMessage(long id, Long parentId, OffsetDateTime sentAt, String poster, String subject) {

    ThreadMessage(long id, Long parentId, Instant sentAt, Integer offsetSeconds, String poster, String subject) {
        this(
                id,
                parentId,
                sentAt == null ? null : sentAt.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds)),
                poster,
                subject);
    }
}
