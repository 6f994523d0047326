package org.caucus.corpus;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caucus.project.BlindCoding;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The message list's query. Coded passages belong to the coding module, which depends on this
 * one, so they are read here through the {@code annotation} table by SQL (see
 * docs/decisions/2026-11-29-message-list-reads-coded-passages.md).
 *
 * <p> Only the filters that are set become conditions, rather than
 * {@code (:x is null or ...)} in one fixed query, so that the database can pick the index that
 * fits each combination; a page reads only its own rows, and the count reads no other table.
 *
 * <p>Under blind coding the counts and the coded filters see the current coder's passages only.
 */
@Repository
class MessageListQuery {

    private final EntityManager entityManager;
    private final BlindCoding blindCoding;

    MessageListQuery(EntityManager entityManager, BlindCoding blindCoding) {
        this.entityManager = entityManager;
        this.blindCoding = blindCoding;
    }

    List<MessageListRow> rows(long projectId, MessageFilter filter, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<MessageListRow> query = cb.createQuery(MessageListRow.class);
        Root<Message> message = query.from(Message.class);
        Join<Message, Participant> poster = message.join("poster", JoinType.LEFT);
        Optional<String> coder = blindCoding.onlyOwnCoding(projectId);
        query.select(cb.construct(
                        MessageListRow.class,
                        message.get("id"),
                        message.get("sentAt"),
                        message.get("sentOffsetSeconds"),
                        poster.get("displayName"),
                        message.get("subject"),
                        message.get("listName"),
                        message.get("threadId"),
                        annotationCount(cb, message, coder)))
                .where(conditions(cb, message, projectId, filter, coder))
                .orderBy(cb.asc(message.get("sentAt"), Nulls.LAST), cb.asc(message.get("id")));
        var typed = entityManager.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
        }
        return typed.getResultList();
    }

    long count(long projectId, MessageFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Message> message = query.from(Message.class);
        query.select(cb.count(message))
                .where(conditions(cb, message, projectId, filter, blindCoding.onlyOwnCoding(projectId)));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** How many passages (of {@code coder}, if given) are coded in the message; the annotation_message index answers it. */
    private static Expression<Long> annotationCount(CriteriaBuilder cb, Root<Message> message, Optional<String> coder) {
        HibernateCriteriaBuilder sql = (HibernateCriteriaBuilder) cb;
        return coder.map(own -> sql.sql(
                        "(select count(*) from annotation a where a.message_id = ? and a.coder = ?)",
                        Long.class,
                        message.get("id"),
                        cb.literal(own)))
                .orElseGet(() -> sql.sql(
                        "(select count(*) from annotation a where a.message_id = ?)", Long.class, message.get("id")));
    }

    private static Predicate codedWith(
            CriteriaBuilder cb, Root<Message> message, long positionId, Optional<String> coder) {
        HibernateCriteriaBuilder sql = (HibernateCriteriaBuilder) cb;
        Expression<Long> passages = coder.map(own -> sql.sql(
                        "(select count(*) from annotation a where a.message_id = ? and a.position_id = ? and a.coder = ?)",
                        Long.class,
                        message.get("id"),
                        cb.literal(positionId),
                        cb.literal(own)))
                .orElseGet(() -> sql.sql(
                        "(select count(*) from annotation a where a.message_id = ? and a.position_id = ?)",
                        Long.class,
                        message.get("id"),
                        cb.literal(positionId)));
        return cb.greaterThan(passages, 0L);
    }

    private static Predicate[] conditions(
            CriteriaBuilder cb, Root<Message> message, long projectId, MessageFilter filter, Optional<String> coder) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(cb.equal(message.get("project").get("id"), projectId));
        if (filter.listName() != null) {
            conditions.add(cb.equal(message.get("listName"), filter.listName()));
        }
        if (filter.posterId() != null) {
            conditions.add(cb.equal(message.get("poster").get("id"), filter.posterId()));
        }
        if (filter.sentFrom() != null) {
            Instant from = filter.sentFrom().atStartOfDay(MessageFilter.DAYS_IN).toInstant();
            conditions.add(cb.greaterThanOrEqualTo(message.get("sentAt"), from));
        }
        if (filter.sentTo() != null) {
            Instant afterLastDay = filter.sentTo()
                    .plusDays(1)
                    .atStartOfDay(MessageFilter.DAYS_IN)
                    .toInstant();
            conditions.add(cb.lessThan(message.get("sentAt"), afterLastDay));
        }
        if (filter.threadId() != null) {
            conditions.add(cb.equal(message.get("threadId"), filter.threadId()));
        }
        switch (filter.coded()) {
            case CODED -> conditions.add(cb.greaterThan(annotationCount(cb, message, coder), 0L));
            case UNCODED -> conditions.add(cb.equal(annotationCount(cb, message, coder), 0L));
            case ANY -> {}
        }
        if (filter.positionId() != null) {
            conditions.add(codedWith(cb, message, filter.positionId(), coder));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
