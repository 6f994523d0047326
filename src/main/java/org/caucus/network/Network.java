package org.caucus.network;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * A computed network: its nodes and its ties. Ties are held in flat arrays because a congruence
 * network over a few thousand participants has millions of them; {@link #graph()} builds the
 * JGraphT graph that exports write.
 */
public final class Network {

    private final NetworkRequest request;
    private final List<NetworkNode> nodes;
    private final int[] sources;
    private final int[] targets;
    private final long[] counts;
    private final double[] weights;
    private final Tie.Passages[] passages;

    Network(
            NetworkRequest request,
            List<NetworkNode> nodes,
            int[] sources,
            int[] targets,
            long[] counts,
            double[] weights,
            Tie.Passages[] passages) {
        this.request = request;
        this.nodes = List.copyOf(nodes);
        this.sources = sources;
        this.targets = targets;
        this.counts = counts;
        this.weights = weights;
        this.passages = passages;
    }

    public NetworkRequest request() {
        return request;
    }

    public List<NetworkNode> nodes() {
        return nodes;
    }

    public int tieCount() {
        return sources.length;
    }

    public Tie tie(int index) {
        return new Tie(
                nodes.get(sources[index]),
                nodes.get(targets[index]),
                counts[index],
                weights[index],
                passages == null ? null : passages[index]);
    }

    public Stream<Tie> ties() {
        return IntStream.range(0, tieCount()).mapToObj(this::tie);
    }

    /** The heaviest ties first, at most {@code limit} of them: what a picture can show. */
    public List<Tie> strongest(int limit) {
        return IntStream.range(0, tieCount())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -weights[i]).thenComparing(i -> -counts[i]))
                .limit(limit)
                .map(this::tie)
                .toList();
    }

    /** The sum of all tie weights; a quick check that two networks are the same. */
    public double totalWeight() {
        return Arrays.stream(weights).sum();
    }

    /** The network as an undirected weighted JGraphT graph, nodes included even where they have no tie. */
    public Graph<NetworkNode, Tie> graph() {
        Graph<NetworkNode, Tie> graph = GraphTypeBuilder.<NetworkNode, Tie>undirected()
                .allowingMultipleEdges(false)
                .allowingSelfLoops(false)
                .weighted(true)
                .buildGraph();
        nodes.forEach(graph::addVertex);
        ties().forEach(tie -> {
            graph.addEdge(tie.source(), tie.target(), tie);
            graph.setEdgeWeight(tie, tie.weight());
        });
        return graph;
    }
}
