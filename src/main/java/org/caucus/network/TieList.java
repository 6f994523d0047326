package org.caucus.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects ties into growing flat arrays, then hands them to a {@link Network}. */
final class TieList {

    private int size;
    private int[] sources = new int[64];
    private int[] targets = new int[64];
    private long[] counts = new long[64];
    private double[] weights = new double[64];
    private final List<Tie.Passages> passages;

    /** @param withPassages whether the ties carry passages by qualifier (the affiliation network's do) */
    TieList(boolean withPassages) {
        this.passages = withPassages ? new ArrayList<>() : null;
    }

    void add(int source, int target, long count, double weight) {
        if (size == sources.length) {
            int capacity = size * 2;
            sources = Arrays.copyOf(sources, capacity);
            targets = Arrays.copyOf(targets, capacity);
            counts = Arrays.copyOf(counts, capacity);
            weights = Arrays.copyOf(weights, capacity);
        }
        sources[size] = source;
        targets[size] = target;
        counts[size] = count;
        weights[size] = weight;
        size++;
    }

    void add(int source, int target, Tie.Passages byQualifier) {
        long total = byQualifier.supports() + byQualifier.opposes() + byQualifier.neutral();
        add(source, target, total, total);
        passages.add(byQualifier);
    }

    Network toNetwork(NetworkRequest request, List<NetworkNode> nodes) {
        return new Network(
                request,
                nodes,
                Arrays.copyOf(sources, size),
                Arrays.copyOf(targets, size),
                Arrays.copyOf(counts, size),
                Arrays.copyOf(weights, size),
                passages == null ? null : passages.toArray(Tie.Passages[]::new));
    }
}
