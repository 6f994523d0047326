package org.caucus.cli;

import java.io.PrintStream;

/** Prints the outcome of the load check: throughput, latencies, refusals, and the replay's verdict. */
final class CodingLoadReport {

    private static final int SHOWN_DIFFERENCES = 20;

    private final PrintStream out;

    CodingLoadReport(PrintStream out) {
        this.out = out;
    }

    void print(CodingLoad.Outcome outcome) {
        out.printf(
                "Debate: %d messages; the coders share a pool of %d of them; %d positions%n",
                outcome.debate().messages().size(),
                outcome.pool().size(),
                outcome.debate().positions().size());
        phase("Reference, 1 coder alone", outcome.reference());
        phase(outcome.team().coders() + " coders at once", outcome.team());
        out.printf(
                "Ratio of the team's acknowledged saves per second to one coder's: %.2fx%n",
                outcome.team().acknowledgedPerSecond() / outcome.reference().acknowledgedPerSecond());
        CodingReplay.Verdict verdict = outcome.verdict();
        int saves = outcome.reference().tally().acknowledged().size()
                + outcome.team().tally().acknowledged().size();
        out.printf(
                "Replay of %,d acknowledged saves against the database: %,d passages stored, %,d history entries,"
                        + " %,d stance-total cells recounted: %s%n",
                saves,
                verdict.passagesStored(),
                verdict.historyEntries(),
                verdict.totalsCells(),
                verdict.differences().isEmpty()
                        ? "all equal"
                        : verdict.differences().size() + " differences");
        verdict.differences().stream().limit(SHOWN_DIFFERENCES).forEach(difference -> out.println("  " + difference));
        outcome.reference().tally().failures().forEach(failure -> out.println("  unhandled: " + failure));
        outcome.team().tally().failures().stream()
                .limit(SHOWN_DIFFERENCES)
                .forEach(failure -> out.println("  unhandled: " + failure));
    }

    private void phase(String title, CodingLoad.Phase phase) {
        CoderTally tally = phase.tally();
        out.printf(
                "%s for %.1f s: %.1f acknowledged saves/s (%,d saves attempted, %,d acknowledged)%n",
                title,
                phase.seconds(),
                phase.acknowledgedPerSecond(),
                tally.saves(),
                tally.acknowledged().size());
        out.println("  operation                   count    per s   p50 ms   p95 ms   p99 ms");
        for (LoadOperation operation : LoadOperation.values()) {
            Latencies latencies = tally.latencies(operation);
            out.printf(
                    "  %-25s %7d %8.1f %8.2f %8.2f %8.2f%n",
                    operation.label(),
                    latencies.count(),
                    latencies.count() / phase.seconds(),
                    latencies.percentileMillis(50),
                    latencies.percentileMillis(95),
                    latencies.percentileMillis(99));
        }
        out.printf(
                "  refused as stale (changed by someone since read): %,d; refused for content: %,d;"
                        + " repeated after a deadlock or serialization failure: %,d; unhandled errors: %,d%n",
                tally.stale(),
                tally.rejected(),
                tally.retried(),
                tally.failures().size());
    }
}
