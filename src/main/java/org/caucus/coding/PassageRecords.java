package org.caucus.coding;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a project's coded passages by message or all at once, for exchange with other tools. */
@Service
@Transactional(readOnly = true)
public class PassageRecords {

    private static final String SELECT = """
            select new org.caucus.coding.PassageRecord(a.id, a.message.id, a.start, a.end, a.passage, a.position.id,
                a.qualifier, a.speaker.id, a.coder, a.memo, a.createdAt)
            from Annotation a""";

    private final EntityManager entityManager;

    PassageRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    public List<PassageRecord> inMessage(long messageId) {
        return entityManager
                .createQuery(
                        SELECT + " where a.message.id = :message order by a.start, a.end, a.id", PassageRecord.class)
                .setParameter("message", messageId)
                .getResultList();
    }

    /** Every coded passage of the project, by message; close the stream, inside a transaction. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Stream<PassageRecord> inProject(Project project) {
        return entityManager
                .createQuery(
                        SELECT + " where a.message.project.id = :project order by a.message.id, a.start, a.id",
                        PassageRecord.class)
                .setParameter("project", project.getId())
                .getResultStream();
    }

    /**
     * The names of everyone who coded a passage in the project. Every coder of the database comes from
     * the index on the coder alone, and each is kept when one passage of theirs is in the project: a
     * handful of look-ups instead of grouping every passage of the project.
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<String> coders(Project project) {
        return entityManager
                .createQuery("select distinct a.coder from Annotation a order by a.coder", String.class)
                .getResultList()
                .stream()
                .filter(coder -> codedIn(project, coder))
                .toList();
    }

    private boolean codedIn(Project project, String coder) {
        return !entityManager
                .createQuery(
                        "select a.id from Annotation a where a.coder = :coder and a.message.project.id = :project",
                        Long.class)
                .setParameter("coder", coder)
                .setParameter("project", project.getId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
