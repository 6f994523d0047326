package org.caucus.coding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Optional;
import org.caucus.corpus.Message;
import org.caucus.project.NotFoundWhenDenied;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order an analyst reads a project's messages in, the message list's: by date, undated messages
 * last, then by id. Answers "which message comes next", also counting only messages nobody has coded.
 */
@Service
@Transactional(readOnly = true)
public class ReadingOrder {

    private static final String UNCODED = " and not exists (select 1 from Annotation a where a.message = m)";

    private final EntityManager entityManager;

    ReadingOrder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<Long> next(long messageId) {
        return neighbour(messageId, true, false);
    }

    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<Long> previous(long messageId) {
        return neighbour(messageId, false, false);
    }

    /** The first message after this one that has no coded passage, starting over from the top if need be. */
    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<Long> nextUncoded(long messageId) {
        return neighbour(messageId, true, true).or(() -> first("""
                select m.id from Message m
                where m.project.id = :project and m.id <> :id""" + UNCODED + """

                order by m.sentAt asc nulls last, m.id asc""", messageId));
    }

    private Optional<Long> neighbour(long messageId, boolean forward, boolean uncodedOnly) {
        Message message = entityManager.find(Message.class, messageId);
        if (message == null) {
            return Optional.empty();
        }
        String only = uncodedOnly ? UNCODED : "";
        String after = forward ? ">" : "<";
        String direction = forward ? " asc" : " desc";
        String dated =
                "select m.id from Message m where m.project.id = :project and m.id <> :id and m.sentAt is not null"
                        + only;
        String undated =
                "select m.id from Message m where m.project.id = :project and m.id <> :id and m.sentAt is null" + only;
        String byDate = " order by m.sentAt" + direction + ", m.id" + direction;
        String byId = " order by m.id" + direction;
        Instant sentAt =
                message.getSentAt() == null ? null : message.getSentAt().toInstant();
        if (sentAt == null) {
            // undated messages come after every dated one
            Optional<Long> sameGroup = first(undated + " and m.id " + after + " :id" + byId, messageId);
            return forward ? sameGroup : sameGroup.or(() -> first(dated + byDate, messageId));
        }
        Optional<Long> sameGroup = query(
                        dated + " and (m.sentAt " + after + " :sentAt or (m.sentAt = :sentAt and m.id " + after
                                + " :id))" + byDate,
                        messageId)
                .setParameter("sentAt", sentAt)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        return forward ? sameGroup.or(() -> first(undated + byId, messageId)) : sameGroup;
    }

    private Optional<Long> first(String jpql, long messageId) {
        return query(jpql, messageId).setMaxResults(1).getResultStream().findFirst();
    }

    private TypedQuery<Long> query(String jpql, long messageId) {
        Message message = entityManager.find(Message.class, messageId);
        return entityManager
                .createQuery(jpql, Long.class)
                .setParameter("project", message.getProject().getId())
                .setParameter("id", messageId);
    }
}
