package org.caucus.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What simulated coders did: durations per operation, the saves acknowledged, the saves refused
 * because the passage had changed since it was read, the codings refused for their content, the
 * attempts repeated after a deadlock or a serialization failure, and anything else that went wrong.
 * Each coder keeps its own; they are added up when all have stopped.
 */
final class CoderTally {

    private final Map<LoadOperation, Latencies> latencies = new EnumMap<>(LoadOperation.class);
    private final List<AcknowledgedSave> acknowledged = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private long stale;
    private long rejected;
    private long retried;

    CoderTally() {
        for (LoadOperation operation : LoadOperation.values()) {
            latencies.put(operation, new Latencies());
        }
    }

    static CoderTally sum(List<CoderTally> tallies) {
        CoderTally sum = new CoderTally();
        for (CoderTally tally : tallies) {
            tally.latencies.forEach(
                    (operation, each) -> sum.latencies.get(operation).addAll(each));
            sum.acknowledged.addAll(tally.acknowledged);
            sum.failures.addAll(tally.failures);
            sum.stale += tally.stale;
            sum.rejected += tally.rejected;
            sum.retried += tally.retried;
        }
        return sum;
    }

    void took(LoadOperation operation, long nanos) {
        latencies.get(operation).add(nanos);
    }

    void acknowledged(AcknowledgedSave save) {
        acknowledged.add(save);
    }

    void refusedAsStale() {
        stale++;
    }

    void refusedForContent() {
        rejected++;
    }

    void repeatedAfterLockFailure() {
        retried++;
    }

    void failed(String what) {
        failures.add(what);
    }

    Latencies latencies(LoadOperation operation) {
        return latencies.get(operation);
    }

    List<AcknowledgedSave> acknowledged() {
        return acknowledged;
    }

    List<String> failures() {
        return failures;
    }

    long stale() {
        return stale;
    }

    long rejected() {
        return rejected;
    }

    long retried() {
        return retried;
    }

    /** Saves attempted, acknowledged or not, without the reads. */
    long saves() {
        return latencies.get(LoadOperation.CODE).count()
                + latencies.get(LoadOperation.EDIT).count()
                + latencies.get(LoadOperation.DELETE).count();
    }
}
