package org.caucus.codebook;

import java.util.Map;

/**
 * How many coded passages use each position. Coded passages belong to the coding module, which
 * depends on this one, so coding provides the figures through this interface.
 */
public interface PositionUsage {

    /** Passages coded with each position of the project; positions no passage uses are absent. */
    Map<Long, Long> passagesByPosition(long projectId);
}
