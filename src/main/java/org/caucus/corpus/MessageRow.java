package org.caucus.corpus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A line of the message list: enough to choose a message, without its body or bytes. */
public record MessageRow(long id, OffsetDateTime sentAt, String poster, String subject, String listName) {

    MessageRow(long id, Instant sentAt, Integer offsetSeconds, String poster, String subject, String listName) {
        this(
                id,
                sentAt == null ? null : sentAt.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds)),
                poster,
                subject,
                listName);
    }
}
