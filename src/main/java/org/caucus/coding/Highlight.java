package org.caucus.coding;

/** A coded passage as the reader paints it. {@code speaker} is {@code null} when unknown. */
public record Highlight(
        long id,
        int start,
        int end,
        String colour,
        String position,
        StanceQualifier qualifier,
        String speaker,
        String memo) {}
