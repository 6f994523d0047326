package org.caucus.network;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.ScopeFilter;
import org.springframework.stereotype.Component;

/** The coded passages behind one node of a network, in the order they were written. */
@Component
class NodePassages {

    private final EntityManager entityManager;

    NodePassages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<NodePassage> of(long projectId, NetworkLevel level, ComparisonScope scope, NetworkNode node, int limit) {
        String nodeCondition = switch (node.kind()) {
            case PARTICIPANT -> "s.id = :node";
            case ORGANISATION -> "s.organisation = :node";
            // The passages that tie the position to the network's actors, so only those of known speakers.
            case POSITION ->
                "p.id = :node"
                        + (level == NetworkLevel.ORGANISATIONS
                                ? " and s.organisation is not null"
                                : " and s.id is not null");
        };
        ScopeFilter filter =
                ScopeFilter.of(projectId, scope).and(nodeCondition, query -> query.setParameter("node", node.key()));
        return filter.bind(entityManager.createQuery(
                        "select a.id, m.id, m.sentAt, m.sentOffsetSeconds, m.subject, s.displayName, p.name,"
                                + " a.qualifier, a.passage"
                                + ScopeFilter.FROM + " join a.position p"
                                + filter.where()
                                + " order by m.sentAt, m.id, a.start",
                        Object[].class))
                .setMaxResults(limit)
                .getResultStream()
                .map(NodePassage::of)
                .toList();
    }
}
