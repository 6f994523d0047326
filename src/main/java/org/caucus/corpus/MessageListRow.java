package org.caucus.corpus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A line of the filtered message list: enough to choose a message or its thread, without its
 * body or bytes.
 *
 * @param threadId the thread the message belongs to; {@code null} until the project is threaded
 * @param annotationCount how many coded passages the message holds
 */
public record MessageListRow(
        long id,
        OffsetDateTime sentAt,
        String poster,
        String subject,
        String listName,
        Long threadId,
        long annotationCount) {

    MessageListRow(
            long id,
            Instant sentAt,
            Integer offsetSeconds,
            String poster,
            String subject,
            String listName,
            Long threadId,
            Long annotationCount) {
        this(
                id,
                sentAt == null ? null : sentAt.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds)),
                poster,
                subject,
                listName,
                threadId,
                annotationCount == null ? 0 : annotationCount);
    }
}
