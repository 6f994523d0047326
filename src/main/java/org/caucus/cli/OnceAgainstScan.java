package org.caucus.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times a comparison once and prints it with its ratio to one pass over every coded passage, measured in the same
 * run: comparisons that take seconds over a million passages are timed once rather than warmed up.
 */
final class OnceAgainstScan {

    private final Runnable forgetAnswers;
    private final double scanMillis;
    private final PrintStream out;

    /** @param forgetAnswers empties the database's cache of answers, so that the run really computes */
    OnceAgainstScan(Runnable forgetAnswers, double scanMillis, PrintStream out) {
        this.forgetAnswers = forgetAnswers;
        this.scanMillis = scanMillis;
        this.out = out;
    }

    /** @param size what the answer holds, for the line printed */
    <T> void time(String what, Supplier<T> comparison, Function<T, String> size) {
        AtomicReference<T> answer = new AtomicReference<>();
        double millis = new RepeatedTiming(0, 1).medianMillis(forgetAnswers, () -> {
            answer.set(comparison.get());
            return answer;
        });
        out.printf(
                "%s, one run: %.1f ms (%s); to the scan: %.2fx%n",
                what, millis, size.apply(answer.get()), millis / scanMillis);
    }
}
