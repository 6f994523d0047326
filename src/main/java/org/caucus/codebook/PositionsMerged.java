package org.caucus.codebook;

/**
 * Two positions became one: the passages coded with {@code mergedId} now belong to {@code intoId}.
 * Published inside the merging transaction, before the merged position is removed, so that its
 * passages move over in the same transaction or not at all.
 */
public record PositionsMerged(long mergedId, long intoId) {}
