package org.caucus.coding;

/** What a coder asks for: code this range of this message with this position and qualifier. */
public record CodingRequest(
        long messageId, PassageRange range, long positionId, StanceQualifier qualifier, String memo) {}
