package org.caucus.agreement;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caucus.account.CoderNames;
import org.caucus.agreement.DisagreementFinder.MessageText;
import org.caucus.analysis.ScopeFilter;
import org.caucus.coding.PassageRecords;
import org.caucus.project.Project;
import org.caucus.shared.WorkWanted;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists where coders differ over a chosen set of messages, with the consensus coder's version where
 * the owner has settled a difference. Owner-only: it shows every coder's passages, blind or not.
 */
@Service
@Transactional(readOnly = true)
public class DisagreementService {

    private final EntityManager entityManager;
    private final PassageRecords passages;

    DisagreementService(EntityManager entityManager, PassageRecords passages) {
        this.entityManager = entityManager;
        this.passages = passages;
    }

    /** Owner-only. Every coder of the project but the consensus coder, blind or not. */
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public List<String> coders(Project project) {
        return passages.coders(project).stream()
                .filter(coder -> !CoderNames.isReserved(coder))
                .toList();
    }

    /**
     * Owner-only. The disagreements among the request's coders, message by message in date order, given up between
     * messages once {@code wanted} says nobody waits for them.
     */
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public List<Disagreement> disagreements(Project project, AgreementRequest request, WorkWanted wanted) {
        if (request.coders().stream().anyMatch(CoderNames::isReserved)) {
            throw new IllegalArgumentException("The consensus coder holds the settled versions; choose the coders"
                    + " whose differences to settle, not " + CoderNames.CONSENSUS + ".");
        }
        Set<String> coders = new LinkedHashSet<>(request.coders());
        coders.add(CoderNames.CONSENSUS);
        Map<Long, List<CoderPassage>> byMessage =
                passages(project, request, coders).stream().collect(Collectors.groupingBy(CoderPassage::messageId));
        List<Disagreement> found = new ArrayList<>();
        for (MessageText message : messages(byMessage.keySet())) {
            wanted.giveUpUnlessWanted();
            List<CoderPassage> passages = byMessage.get(message.id());
            found.addAll(DisagreementFinder.find(
                    message,
                    request.coders(),
                    passages.stream()
                            .filter(p -> !p.coder().equals(CoderNames.CONSENSUS))
                            .toList(),
                    passages.stream()
                            .filter(p -> p.coder().equals(CoderNames.CONSENSUS))
                            .toList()));
        }
        return found;
    }

    private List<CoderPassage> passages(Project project, AgreementRequest request, Set<String> coders) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), request.scope(coders));
        return filter.bind(entityManager.createQuery(
                        "select new org.caucus.agreement.CoderPassage(a.id, a.version, m.id, a.start, a.end,"
                                + " p.id, p.issue.name, p.name, p.colour, a.qualifier, a.coder, a.memo)"
                                + ScopeFilter.FROM
                                + " join a.position p"
                                + filter.where(),
                        CoderPassage.class))
                .getResultList();
    }

    /** The messages' text, in date order, for the context around each stretch. */
    private List<MessageText> messages(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select new org.caucus.agreement.DisagreementFinder$MessageText(m.id, m.subject, m.body)"
                                + " from Message m where m.id in :ids order by m.sentAt, m.id",
                        MessageText.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
