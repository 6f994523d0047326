package org.caucus.network;

import java.util.List;
import java.util.Map;
import org.caucus.coding.StanceQualifier;

/**
 * The stances of every actor as bit sets, one bit per position for "supports" and one for
 * "opposes", so that the positions two actors share or dispute are counted by a few AND and
 * population-count instructions per pair rather than by walking lists.
 */
final class StanceSets {

    private final int words;
    private final long[] supports;
    private final long[] opposes;

    StanceSets(int actors, int positions) {
        this.words = (positions + 63) / 64;
        this.supports = new long[actors * words];
        this.opposes = new long[actors * words];
    }

    static StanceSets of(
            List<StanceQuery.Stance> stances, Map<Object, Integer> actorIndex, Map<Long, Integer> positionIndex) {
        StanceSets sets = new StanceSets(actorIndex.size(), positionIndex.size());
        for (StanceQuery.Stance stance : stances) {
            Integer actor = actorIndex.get(stance.actor());
            Integer position = positionIndex.get(stance.positionId());
            if (actor == null || position == null) {
                continue;
            }
            long[] bits = stance.qualifier() == StanceQualifier.SUPPORTS ? sets.supports : sets.opposes;
            if (stance.qualifier() != StanceQualifier.NEUTRAL) {
                bits[actor * sets.words + position / 64] |= 1L << (position % 64);
            }
        }
        return sets;
    }

    /** Stances both actors took: a position both support, or both oppose, counts once for each qualifier. */
    long shared(int a, int b) {
        long count = 0;
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(supports[a * words + w] & supports[b * words + w]);
            count += Long.bitCount(opposes[a * words + w] & opposes[b * words + w]);
        }
        return count;
    }

    /** Stances either actor took. */
    long takenByEither(int a, int b) {
        long count = 0;
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(supports[a * words + w] | supports[b * words + w]);
            count += Long.bitCount(opposes[a * words + w] | opposes[b * words + w]);
        }
        return count;
    }

    /** Positions one actor supports and the other opposes. */
    long disputed(int a, int b) {
        long count = 0;
        for (int w = 0; w < words; w++) {
            int i = a * words + w;
            int j = b * words + w;
            count += Long.bitCount((supports[i] & opposes[j]) | (opposes[i] & supports[j]));
        }
        return count;
    }

    /** Positions on which either actor took a stance. */
    long positionsOfEither(int a, int b) {
        long count = 0;
        for (int w = 0; w < words; w++) {
            int i = a * words + w;
            int j = b * words + w;
            count += Long.bitCount(supports[i] | opposes[i] | supports[j] | opposes[j]);
        }
        return count;
    }
}
