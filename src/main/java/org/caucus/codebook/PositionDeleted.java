package org.caucus.codebook;

/**
 * A position was deleted from the codebook, and with it every passage coded with it. Published
 * inside the deleting transaction, before the position row goes.
 */
public record PositionDeleted(long positionId) {}
