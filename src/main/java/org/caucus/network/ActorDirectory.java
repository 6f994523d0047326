package org.caucus.network;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caucus.corpus.StakeholderGroup;
import org.springframework.stereotype.Component;

/** The actors a network can have: a project's participants, or the organisations they belong to. */
@Component
class ActorDirectory {

    private final EntityManager entityManager;

    ActorDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every actor of the project by the key its stances carry (participant id or organisation name), in name order. */
    Map<Object, NetworkNode> actors(long projectId, NetworkLevel level) {
        List<NetworkNode> participants = entityManager
                .createQuery(
                        "select s.id, s.displayName, s.organisation, s.stakeholderGroup, s.country"
                                + " from Participant s where s.project.id = :project",
                        Object[].class)
                .setParameter("project", projectId)
                .getResultStream()
                .map(row -> NetworkNode.participant(
                        (Long) row[0], (String) row[1], (String) row[2], (StakeholderGroup) row[3], (String) row[4]))
                .toList();
        List<NetworkNode> actors =
                new ArrayList<>(level == NetworkLevel.PARTICIPANTS ? participants : organisations(participants));
        actors.sort(Comparator.comparing(NetworkNode::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(NetworkNode::id));
        Map<Object, NetworkNode> byKey = new LinkedHashMap<>();
        actors.forEach(actor -> byKey.put(actor.key(), actor));
        return byKey;
    }

    /**
     * One node per organisation named by a participant. Members may be filed under different
     * stakeholder groups; the organisation takes the one most of them share (the first in the
     * list's order on a tie), so that its colour says what it mostly is.
     */
    private static List<NetworkNode> organisations(List<NetworkNode> participants) {
        Map<String, Map<StakeholderGroup, Integer>> groups = new TreeMap<>();
        for (NetworkNode participant : participants) {
            String organisation = participant.organisation();
            if (organisation == null || organisation.isBlank()) {
                continue;
            }
            Map<StakeholderGroup, Integer> members =
                    groups.computeIfAbsent(organisation, name -> new EnumMap<>(StakeholderGroup.class));
            if (participant.stakeholderGroup() != null) {
                members.merge(participant.stakeholderGroup(), 1, Integer::sum);
            }
        }
        return groups.entrySet().stream()
                .map(entry -> NetworkNode.organisation(entry.getKey(), mostCommon(entry.getValue())))
                .toList();
    }

    private static StakeholderGroup mostCommon(Map<StakeholderGroup, Integer> members) {
        StakeholderGroup most = null;
        for (Map.Entry<StakeholderGroup, Integer> entry : members.entrySet()) {
            if (most == null || entry.getValue() > members.get(most)) {
                most = entry.getKey();
            }
        }
        return most;
    }
}
