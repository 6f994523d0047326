package org.caucus.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caucus.codebook.PositionChoice;

/**
 * Positions by positions: how often two positions are coded in the same message, and on
 * overlapping passages. Only pairs that occur are listed, each once (first position earlier in the
 * codebook).
 */
public final class CoOccurrence {

    /**
     * @param messages messages in which both positions are coded
     * @param overlapping pairs of passages, one coded with each position, that share text
     */
    public record Pair(long firstPositionId, long secondPositionId, long messages, long overlapping) {}

    /** An unordered pair of positions. */
    private record Positions(long lower, long higher) {
        static Positions of(long one, long other) {
            return new Positions(Math.min(one, other), Math.max(one, other));
        }
    }

    private final List<PositionChoice> positions;
    private final List<Pair> pairs;
    /** The pairs by their two positions: a page of 200 positions looks up 40,000 cells. */
    private final Map<Positions, Pair> byPositions = new HashMap<>();

    CoOccurrence(List<PositionChoice> positions, List<Pair> pairs) {
        this.positions = List.copyOf(positions);
        this.pairs = List.copyOf(pairs);
        pairs.forEach(pair -> byPositions.put(Positions.of(pair.firstPositionId(), pair.secondPositionId()), pair));
    }

    public List<PositionChoice> positions() {
        return positions;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public Pair pair(long onePositionId, long otherPositionId) {
        return byPositions.getOrDefault(
                Positions.of(onePositionId, otherPositionId), new Pair(onePositionId, otherPositionId, 0, 0));
    }
}
