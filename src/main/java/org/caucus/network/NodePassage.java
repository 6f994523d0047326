package org.caucus.network;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.caucus.coding.StanceQualifier;

/** A coded passage behind a node of a network, as the list beside the picture shows it. */
public record NodePassage(
        long annotationId,
        long messageId,
        OffsetDateTime sentAt,
        String subject,
        String speaker,
        String position,
        StanceQualifier qualifier,
        String passage) {

    static NodePassage of(Object[] row) {
        Instant sentAt = (Instant) row[2];
        return new NodePassage(
                (Long) row[0],
                (Long) row[1],
                sentAt == null ? null : sentAt.atOffset(ZoneOffset.ofTotalSeconds((Integer) row[3])),
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (StanceQualifier) row[7],
                (String) row[8]);
    }
}
