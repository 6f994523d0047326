package org.caucus.coding;

import java.time.Instant;

/** One coded passage with the ids it points to, for writing it to a file another tool reads. */
public record PassageRecord(
        long id,
        long messageId,
        int start,
        int end,
        String passage,
        long positionId,
        StanceQualifier qualifier,
        Long speakerId,
        String coder,
        String memo,
        Instant createdAt) {}
