package org.caucus.coding;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One coded passage as a report lists it, flattened from message, codebook and annotation. */
public record PassageRow(
        OffsetDateTime sentAt,
        String subject,
        String poster,
        String speaker,
        String issue,
        String position,
        StanceQualifier qualifier,
        String passage,
        String coder,
        String memo) {

    PassageRow(
            Instant sentAt,
            Integer offsetSeconds,
            String subject,
            String poster,
            String speaker,
            String issue,
            String position,
            StanceQualifier qualifier,
            String passage,
            String coder,
            String memo) {
        this(
                sentAt == null ? null : sentAt.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds)),
                subject,
                poster,
                speaker,
                issue,
                position,
                qualifier,
                passage,
                coder,
                memo);
    }
}
