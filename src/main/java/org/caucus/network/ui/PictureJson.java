package org.caucus.network.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caucus.corpus.StakeholderGroup;
import org.caucus.network.Network;
import org.caucus.network.NetworkNode;
import org.caucus.network.Tie;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the picture draws, as JSON: every node that has a tie among the heaviest ones shown (a
 * browser cannot lay out millions of ties), and those ties.
 */
final class PictureJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Node(String id, String name, String kind, String group) {}

    record Link(String source, String target, double weight, long count, String stance) {}

    record Group(String key, String label) {}

    record Picture(String kind, List<Node> nodes, List<Link> ties, List<Group> groups) {}

    private PictureJson() {}

    static Picture of(Network network, int maxTies) {
        List<Tie> ties = network.strongest(maxTies);
        Set<NetworkNode> tied = new HashSet<>();
        ties.forEach(tie -> {
            tied.add(tie.source());
            tied.add(tie.target());
        });
        boolean everyTieShown = ties.size() == network.tieCount();
        List<Node> nodes = network.nodes().stream()
                .filter(node -> everyTieShown || tied.contains(node))
                .map(node -> new Node(
                        node.id(),
                        node.name(),
                        node.kind().label(),
                        node.stakeholderGroup() == null
                                ? null
                                : node.stakeholderGroup().name()))
                .toList();
        List<Link> links = ties.stream()
                .map(tie -> new Link(
                        tie.source().id(), tie.target().id(), tie.weight(), tie.count(), stance(tie.passages())))
                .toList();
        return new Picture(network.request().kind().name().toLowerCase(Locale.ROOT), nodes, links, legend(network));
    }

    /** The stakeholder groups of the network's actors, in the usual order, and a grey for actors with none. */
    private static List<Group> legend(Network network) {
        Set<StakeholderGroup> present = EnumSet.noneOf(StakeholderGroup.class);
        boolean someWithout = false;
        for (NetworkNode node : network.nodes()) {
            if (node.stakeholderGroup() != null) {
                present.add(node.stakeholderGroup());
            } else if (node.kind() != NetworkNode.Kind.POSITION) {
                someWithout = true;
            }
        }
        List<Group> legend = new ArrayList<>();
        present.forEach(group -> legend.add(new Group(group.name(), group.label())));
        if (someWithout) {
            legend.add(new Group("", "No stakeholder group"));
        }
        return legend;
    }

    static String json(Network network, int maxTies) {
        return JSON.writeValueAsString(of(network, maxTies));
    }

    /** How an affiliation tie leans; one-mode ties have no stance of their own. */
    private static String stance(Tie.Passages passages) {
        if (passages == null) {
            return null;
        }
        if (passages.supports() > 0 && passages.opposes() > 0) {
            return "both";
        }
        if (passages.supports() > 0) {
            return "supports";
        }
        return passages.opposes() > 0 ? "opposes" : "neutral";
    }
}
