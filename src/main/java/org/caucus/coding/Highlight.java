package org.caucus.coding;

/**
 * A coded passage as the reader paints it. {@code speaker} is {@code null} when unknown; {@code positionId}
 * lets the editor offer the current position; {@code version} is what a change of it starts from.
 */
public record Highlight(
        long id,
        int start,
        int end,
        String colour,
        long positionId,
        String position,
        StanceQualifier qualifier,
        String speaker,
        String coder,
        String memo,
        long version) {}
