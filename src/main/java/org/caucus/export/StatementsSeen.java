package org.caucus.export;

import com.carrotsearch.hppc.BitMixer;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongLongHashMap;
import java.util.function.LongConsumer;

/**
 * Which statements the pass over the passages has met, so that statement counting counts each
 * statement once per cell, as {@code count(distinct statement_key)} does in the comparison's
 * group-by. The passages come in date order, so a statement is met first where it was first said.
 *
 * <p>Why 64-bit hashes and not the keys: a million statement keys as strings would take about
 * 100 MB of a 256 MB heap; as primitive maps of hashes they take about 32 MB. Two different keys
 * share a hash with probability about n²/2⁶⁵ (3·10⁻⁸ for a million statements), which would
 * undercount one cell by one. The hashes are spread over {@value #SHARDS} maps, so that none
 * grows into one array of many megabytes: in a small heap, the collector finds room for such an
 * array only by a full collection (profiled in {@code benchmark-export}).
 *
 * <p>Usually every occurrence of a statement (the passage and its quotes) has the same speaker,
 * position and qualifier, so one number per statement, its first "cell", says everything: an
 * occurrence in the same cell counts nowhere again. A quote coded differently (another speaker,
 * position or qualifier) diverges: from then on each tally's cells of that statement are kept
 * exactly, in a set that holds only such statements.
 */
final class StatementsSeen {

    private static final long DIVERGED = 1L << 63;
    private static final int SHARDS = 256;

    /** Statement hash to the first cell it was counted in, with {@link #DIVERGED} once it has another. */
    private final LongLongHashMap[] first = new LongLongHashMap[SHARDS];

    /** For diverged statements: a hash of (tally, cell, statement) for every cell it was counted in. */
    private final LongHashSet diverged = new LongHashSet();

    /** What one occurrence counts in: a fresh statement, one already counted in this cell, or a diverged one. */
    enum Meeting {
        FIRST,
        AGAIN,
        DIVERGED
    }

    /**
     * Records an occurrence of statement {@code statement} (a {@link #hash}) in {@code cell}, a
     * number below 2⁶³ that names the speaker, position and qualifier.
     *
     * @param earlier called with the statement's first cell when it diverges now, so that the
     *     tallies can {@link #counted mark} the cells they counted it in then
     */
    Meeting meet(long statement, long cell, LongConsumer earlier) {
        int shard = (int) (statement >>> 56);
        LongLongHashMap firsts = first[shard];
        if (firsts == null) {
            firsts = new LongLongHashMap();
            first[shard] = firsts;
        }
        int slot = firsts.indexOf(statement);
        if (!firsts.indexExists(slot)) {
            firsts.indexInsert(slot, statement, cell);
            return Meeting.FIRST;
        }
        long seen = firsts.indexGet(slot);
        if (seen == cell) {
            return Meeting.AGAIN;
        }
        if ((seen & DIVERGED) == 0) {
            firsts.indexReplace(slot, seen | DIVERGED);
            earlier.accept(seen);
        }
        return Meeting.DIVERGED;
    }

    /** For a diverged statement: whether the tally {@code tally} had not counted it in {@code cell} yet. */
    boolean counted(int tally, long cell, long statement) {
        return diverged.add(BitMixer.mix64(BitMixer.mix64(statement ^ tally) + cell));
    }

    /** A 64-bit hash of a statement key (FNV-1a over its characters, then MurmurHash3's finaliser). */
    static long hash(String statementKey) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < statementKey.length(); i++) {
            hash = (hash ^ statementKey.charAt(i)) * 0x100000001b3L;
        }
        return BitMixer.mix64(hash);
    }
}
