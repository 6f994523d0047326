package org.caucus.cli;

import java.util.Arrays;

/** The durations of one kind of operation, in nanoseconds, and their percentiles. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    void add(long duration) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = duration;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return count;
    }

    /** The duration that {@code percent} % of the operations did not exceed (nearest rank), in milliseconds. */
    double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
