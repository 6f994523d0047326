package org.caucus.corpus;

/**
 * Where the chain of postings of each indexed shingle starts and ends, by the shingle's 64-bit hash: the table of
 * {@link QuoteOriginIndex}. Open addressing, at most three quarters full. Each hash sits beside its chain's ends in
 * one array, so that a lookup that finds its hash reads one cache line, not one in an array of hashes and another in
 * an array of chains.
 *
 * <p>The table outgrows the processor's caches (32 MB for the 1.2 million shingles of twisted-python), so each lookup
 * waits for memory, and a quote looks up every one of its shingles; most of them are in no indexed text (only a third
 * of each text's shingles are indexed). A bitmap a thirty-second of the table's size, small enough to stay in the
 * cache, has a bit set for every hash in the table, so that most of those lookups end there. Not thread-safe.
 */
final class ShingleTable {

    /** What {@link #firstPosting} and {@link #append} say when no chain is there. */
    static final int NONE = -1;

    private static final long FIRST = 0xffffffff00000000L;

    /** Per slot, the hash at {@code 2 * slot} (0 for a free slot) and its chain at {@code 2 * slot + 1}. */
    private long[] slots = new long[2 << 12];

    /** By a hash's top bits, whether some hash in the table has them: when not, the hash is not there. */
    private long[] present = new long[presentWords(slots.length / 2)];
    // How far a multiplied hash is shifted right to leave as many bits as number the bitmap's.
    private int presentShift = presentShift(present);

    private int size;
    // A hash of 0 marks a free slot, so the shingle that has it is kept aside.
    private boolean hasZero;
    private long zeroChain;

    /** The first posting of the shingle's chain, or {@link #NONE} when no indexed text has the shingle. */
    int firstPosting(long shingle) {
        if (shingle == 0) {
            return hasZero ? first(zeroChain) : NONE;
        }
        if (!mayBePresent(shingle)) {
            return NONE;
        }
        int mask = capacity() - 1;
        for (int slot = slot(shingle, mask); ; slot = (slot + 1) & mask) {
            long key = slots[2 * slot];
            if (key == shingle) {
                return first(slots[2 * slot + 1]);
            }
            if (key == 0) {
                return NONE;
            }
        }
    }

    /**
     * Makes the posting the last of the shingle's chain.
     *
     * @return the posting that was last, which the caller links to the new one; {@link #NONE} when the shingle is new
     */
    int append(long shingle, int posting) {
        if (shingle == 0) {
            int last = hasZero ? last(zeroChain) : NONE;
            zeroChain = appended(hasZero, zeroChain, posting);
            hasZero = true;
            return last;
        }
        if (size >= capacity() / 4 * 3) {
            grow();
        }
        int mask = capacity() - 1;
        int slot = slot(shingle, mask);
        while (slots[2 * slot] != 0 && slots[2 * slot] != shingle) {
            slot = (slot + 1) & mask;
        }
        boolean known = slots[2 * slot] != 0;
        int last = known ? last(slots[2 * slot + 1]) : NONE;
        if (!known) {
            slots[2 * slot] = shingle;
            markPresent(shingle);
            size++;
        }
        slots[2 * slot + 1] = appended(known, slots[2 * slot + 1], posting);
        return last;
    }

    private static long appended(boolean known, long chain, int posting) {
        return (known ? chain & FIRST : (long) posting << 32) | posting;
    }

    private static int first(long chain) {
        return (int) (chain >>> 32);
    }

    private static int last(long chain) {
        return (int) chain;
    }

    private int capacity() {
        return slots.length / 2;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        present = new long[presentWords(capacity())];
        presentShift = presentShift(present);
        int mask = capacity() - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = slot(old[i], mask);
                while (slots[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = old[i];
                slots[2 * slot + 1] = old[i + 1];
                markPresent(old[i]);
            }
        }
    }

    /** Four bits for each slot of a table of the capacity, in 64-bit words. */
    private static int presentWords(int capacity) {
        return capacity * 4 / Long.SIZE;
    }

    private boolean mayBePresent(long shingle) {
        int bit = presentBit(shingle);
        return (present[bit >>> 6] & (1L << bit)) != 0;
    }

    private void markPresent(long shingle) {
        int bit = presentBit(shingle);
        present[bit >>> 6] |= 1L << bit;
    }

    /**
     * The top bits of the hash times an odd constant: they depend on all of the hash's bits, where the top bits of the
     * hash itself are mostly zero for the smallest hashes, which winnowing keeps.
     */
    private int presentBit(long shingle) {
        return (int) ((shingle * 0x9e3779b97f4a7c15L) >>> presentShift);
    }

    private static int presentShift(long[] present) {
        return Long.SIZE - Integer.numberOfTrailingZeros(present.length * Long.SIZE);
    }

    private static int slot(long shingle, int mask) {
        return (int) (shingle ^ (shingle >>> 32)) & mask;
    }
}
