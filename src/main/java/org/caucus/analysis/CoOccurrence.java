package org.caucus.analysis;

import java.util.List;
import org.caucus.codebook.PositionChoice;

/**
 * Positions by positions: how often two positions are coded in the same message, and on
 * overlapping passages. Only pairs that occur are listed, each once (first position earlier in the
 * codebook).
 */
public record CoOccurrence(List<PositionChoice> positions, List<Pair> pairs) {

    /**
     * @param messages messages in which both positions are coded
     * @param overlapping pairs of passages, one coded with each position, that share text
     */
    public record Pair(long firstPositionId, long secondPositionId, long messages, long overlapping) {}

    public Pair pair(long onePositionId, long otherPositionId) {
        return pairs.stream()
                .filter(pair -> (pair.firstPositionId() == onePositionId && pair.secondPositionId() == otherPositionId)
                        || (pair.firstPositionId() == otherPositionId && pair.secondPositionId() == onePositionId))
                .findFirst()
                .orElse(new Pair(onePositionId, otherPositionId, 0, 0));
    }
}
