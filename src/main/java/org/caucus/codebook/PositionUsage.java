package org.caucus.codebook;

import java.util.Map;

/**
 * How many coded passages use each position. Coded passages belong to the coding module, which
 * depends on this one, so coding provides the figures through this interface.
 */
public interface PositionUsage {

    /**
     * Passages coded with each position of the project, by every coder: what a merge moves or a deletion removes.
     * Positions no passage uses are absent.
     */
    Map<Long, Long> passagesByPosition(long projectId);

    /**
     * The passages of {@link #passagesByPosition} that the signed-in coder may see: under blind coding only their
     * own, since the others' counts would tell them where the others code.
     */
    Map<Long, Long> passagesShownByPosition(long projectId);
}
