package org.caucus.cli;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times a piece of work the way the benchmarks report it: a few warm-up runs that the JIT and the
 * database's caches absorb, then the median of the timed runs, which one slow run on a shared
 * machine does not move.
 */
record RepeatedTiming(int warmUps, int runs) {

    RepeatedTiming {
        if (warmUps < 0 || runs < 1) {
            throw new IllegalArgumentException("a timing needs at least one timed run");
        }
    }

    /** The median time of the timed runs, in milliseconds. */
    double medianMillis(Supplier<?> work) {
        return medianMillis(() -> {}, work);
    }

    /** The same, with {@code beforeEach} run untimed before every run, such as to clear a cache of answers. */
    double medianMillis(Runnable beforeEach, Supplier<?> work) {
        for (int i = 0; i < warmUps; i++) {
            beforeEach.run();
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            beforeEach.run();
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }
}
