package org.caucus.corpus;

/**
 * Where the chain of postings of each indexed shingle starts and ends, by the shingle's 64-bit hash: the table of
 * {@link QuoteOriginIndex}. Open addressing, at most three quarters full. Each hash sits beside its chain's ends in
 * one array, so that a lookup that finds its hash reads one cache line, not one in an array of hashes and another in
 * an array of chains: the table outgrows the processor's caches, and a quote looks up every one of its shingles. Not
 * thread-safe.
 */
final class ShingleTable {

    /** What {@link #firstPosting} and {@link #append} say when no chain is there. */
    static final int NONE = -1;

    private static final long FIRST = 0xffffffff00000000L;

    /** Per slot, the hash at {@code 2 * slot} (0 for a free slot) and its chain at {@code 2 * slot + 1}. */
    private long[] slots = new long[2 << 12];

    private int size;
    // A hash of 0 marks a free slot, so the shingle that has it is kept aside.
    private boolean hasZero;
    private long zeroChain;

    /** The first posting of the shingle's chain, or {@link #NONE} when no indexed text has the shingle. */
    int firstPosting(long shingle) {
        if (shingle == 0) {
            return hasZero ? first(zeroChain) : NONE;
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
        int mask = capacity() - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = slot(old[i], mask);
                while (slots[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = old[i];
                slots[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private static int slot(long shingle, int mask) {
        return (int) (shingle ^ (shingle >>> 32)) & mask;
    }
}
