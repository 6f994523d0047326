package org.caucus.analysis;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;

/**
 * One row of the matrix: its counts by position, read as a map from position id to {@link StanceCount}
 * but kept as three numbers per position of the codebook in one array. A million coded passages
 * make 370,000 cells; as map entries, each with a boxed id and a count, building them took longer
 * than reading the cells from the database.
 */
final class PositionCounts extends AbstractMap<Long, StanceCount> implements PositionMatrix.RowCounts {

    private static final int QUALIFIERS = StanceQualifier.values().length;

    private final Slots slots;
    private final long[] counts;
    private int size;

    PositionCounts(Slots slots) {
        this.slots = slots;
        this.counts = new long[slots.size() * QUALIFIERS];
    }

    /** Adds passages to a position; a position outside the codebook (merged away meanwhile) is left out. */
    @Override
    public void add(long positionId, StanceQualifier qualifier, long passages) {
        int slot = slots.slot(positionId);
        if (slot < 0) {
            return;
        }
        if (isEmpty(slot)) {
            size++;
        }
        counts[slot * QUALIFIERS + qualifier.ordinal()] += passages;
    }

    @Override
    public StanceCount get(Object key) {
        int slot = key instanceof Long id ? slots.slot(id) : -1;
        return slot < 0 || isEmpty(slot) ? null : count(slot);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<Long, StanceCount>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Long, StanceCount>> iterator() {
                return new Iterator<>() {
                    private int next = following(-1);

                    @Override
                    public boolean hasNext() {
                        return next < slots.size();
                    }

                    @Override
                    public Entry<Long, StanceCount> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<Long, StanceCount> entry = new SimpleImmutableEntry<>(slots.id(next), count(next));
                        next = following(next);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int following(int slot) {
        int next = slot + 1;
        while (next < slots.size() && isEmpty(next)) {
            next++;
        }
        return next;
    }

    private boolean isEmpty(int slot) {
        int first = slot * QUALIFIERS;
        for (int i = first; i < first + QUALIFIERS; i++) {
            if (counts[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private StanceCount count(int slot) {
        int first = slot * QUALIFIERS;
        return new StanceCount(
                counts[first + StanceQualifier.SUPPORTS.ordinal()],
                counts[first + StanceQualifier.OPPOSES.ordinal()],
                counts[first + StanceQualifier.NEUTRAL.ordinal()]);
    }

    /** The codebook's positions numbered 0, 1, 2..., shared by every row of one matrix. */
    static final class Slots {

        private final long[] sortedIds;

        Slots(List<PositionChoice> positions) {
            sortedIds = positions.stream()
                    .mapToLong(PositionChoice::id)
                    .sorted()
                    .distinct()
                    .toArray();
        }

        int size() {
            return sortedIds.length;
        }

        /** The position's slot, or a negative number when it is not in the codebook. */
        int slot(long positionId) {
            return Arrays.binarySearch(sortedIds, positionId);
        }

        long id(int slot) {
            return sortedIds[slot];
        }
    }
}
