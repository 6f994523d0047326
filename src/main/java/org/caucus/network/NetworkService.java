package org.caucus.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caucus.analysis.ComparisonScope;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the congruence, conflict and affiliation networks of a project, between participants or
 * organisations, over the coded passages a comparison scope takes.
 *
 * <p>Congruence and conflict ties count positions, not passages: saying the same thing twice does
 * not make two actors closer, so the scope's counting mode does not change them. Neutral passages
 * report a position without taking it and tie no one. The affiliation network's ties weigh the
 * passages behind them, counted as the scope says (each statement once, or every occurrence).
 */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    private final StanceQuery stanceQuery;
    private final ActorDirectory directory;
    private final CodebookService codebook;
    private final NodePassages nodePassages;

    NetworkService(
            StanceQuery stanceQuery, ActorDirectory directory, CodebookService codebook, NodePassages nodePassages) {
        this.stanceQuery = stanceQuery;
        this.directory = directory;
        this.codebook = codebook;
        this.nodePassages = nodePassages;
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Network network(Project project, NetworkRequest request) {
        Map<Object, NetworkNode> actors = directory.actors(project.getId(), request.level());
        List<PositionChoice> positions = codebook.positions(project.getId());
        List<StanceQuery.Stance> stances = stanceQuery.stances(
                project.getId(),
                request.level(),
                request.scope(),
                request.kind().oneMode(),
                !request.kind().oneMode());
        return request.kind().oneMode()
                ? oneMode(request, actors, positions, stances)
                : affiliation(request, actors, positions, stances);
    }

    /** The passages behind a node of a network built with {@code level} and {@code scope}, the first {@code limit}. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<NodePassage> passages(
            Project project, NetworkLevel level, ComparisonScope scope, NetworkNode node, int limit) {
        return nodePassages.of(project.getId(), level, scope, node, limit);
    }

    /** Actors who took a stance in scope, each pair tied by the positions they share or dispute. */
    private static Network oneMode(
            NetworkRequest request,
            Map<Object, NetworkNode> actors,
            List<PositionChoice> positions,
            List<StanceQuery.Stance> stances) {
        List<NetworkNode> nodes = actorsWithStances(actors, stances);
        Map<Object, Integer> actorIndex = new HashMap<>();
        nodes.forEach(node -> actorIndex.put(node.key(), actorIndex.size()));
        StanceSets sets = StanceSets.of(stances, actorIndex, positionIndex(positions));
        boolean congruence = request.kind() == NetworkKind.CONGRUENCE;
        boolean jaccard = request.weight() == TieWeight.JACCARD;
        TieList ties = new TieList(false);
        for (int a = 0; a < nodes.size(); a++) {
            for (int b = a + 1; b < nodes.size(); b++) {
                long count = congruence ? sets.shared(a, b) : sets.disputed(a, b);
                if (count > 0) {
                    double weight = !jaccard
                            ? count
                            : count / (double) (congruence ? sets.takenByEither(a, b) : sets.positionsOfEither(a, b));
                    ties.add(a, b, count, weight);
                }
            }
        }
        return ties.toNetwork(request, nodes);
    }

    /** Two-mode: actors first, then positions, each actor tied to the positions it coded passages on. */
    private static Network affiliation(
            NetworkRequest request,
            Map<Object, NetworkNode> actors,
            List<PositionChoice> positions,
            List<StanceQuery.Stance> stances) {
        Map<Long, PositionChoice> positionsById = new HashMap<>();
        positions.forEach(position -> positionsById.put(position.id(), position));
        Map<List<Object>, long[]> byActorAndPosition = new LinkedHashMap<>();
        Set<Long> positionsTaken = new LinkedHashSet<>();
        for (StanceQuery.Stance stance : stances) {
            if (!actors.containsKey(stance.actor()) || !positionsById.containsKey(stance.positionId())) {
                continue;
            }
            positionsTaken.add(stance.positionId());
            long[] byQualifier = byActorAndPosition.computeIfAbsent(
                    List.of(stance.actor(), stance.positionId()), key -> new long[3]);
            byQualifier[stance.qualifier().ordinal()] += stance.passages();
        }
        List<NetworkNode> nodes = new ArrayList<>(actorsWithStances(actors, stances));
        Map<Object, Integer> nodeIndex = new HashMap<>();
        nodes.forEach(node -> nodeIndex.put(node.key(), nodeIndex.size()));
        Map<Long, Integer> positionNodes = new HashMap<>();
        for (PositionChoice position : positions) {
            if (positionsTaken.contains(position.id())) {
                positionNodes.put(position.id(), nodes.size());
                nodes.add(NetworkNode.position(position.id(), position.name()));
            }
        }
        TieList ties = new TieList(true);
        byActorAndPosition.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((x, y) -> {
                    int byActor = Integer.compare(nodeIndex.get(x.get(0)), nodeIndex.get(y.get(0)));
                    return byActor != 0
                            ? byActor
                            : Integer.compare(positionNodes.get((Long) x.get(1)), positionNodes.get((Long) y.get(1)));
                }))
                .forEach(entry -> {
                    long[] count = entry.getValue();
                    ties.add(
                            nodeIndex.get(entry.getKey().get(0)),
                            positionNodes.get((Long) entry.getKey().get(1)),
                            new Tie.Passages(count[0], count[1], count[2]));
                });
        return ties.toNetwork(request, nodes);
    }

    private static List<NetworkNode> actorsWithStances(
            Map<Object, NetworkNode> actors, List<StanceQuery.Stance> stances) {
        Set<Object> withStances = new java.util.HashSet<>();
        stances.forEach(stance -> withStances.add(stance.actor()));
        return actors.values().stream()
                .filter(actor -> withStances.contains(actor.key()))
                .toList();
    }

    private static Map<Long, Integer> positionIndex(List<PositionChoice> positions) {
        Map<Long, Integer> index = new HashMap<>();
        positions.forEach(position -> index.put(position.id(), index.size()));
        return index;
    }
}
