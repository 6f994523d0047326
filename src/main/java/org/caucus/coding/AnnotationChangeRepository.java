package org.caucus.coding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnotationChangeRepository extends JpaRepository<AnnotationChange, Long> {

    String SELECT = """
            select new org.caucus.coding.PassageChange(c.annotationId, c.messageId, m.subject, c.action, c.changedBy,
                c.changedAt, c.beforePosition, c.beforeQualifier, c.beforePassage, c.beforeMemo, c.afterPosition,
                c.afterQualifier, c.afterPassage, c.afterMemo)
            from AnnotationChange c, Message m where m.id = c.messageId""";

    @Query(SELECT + " and c.messageId = ?1 order by c.changedAt desc, c.id desc")
    List<PassageChange> findByMessage(long messageId);

    @Query(SELECT + " and c.messageId = ?1 and c.changedBy = ?2 order by c.changedAt desc, c.id desc")
    List<PassageChange> findByMessageAndChangedBy(long messageId, String by);

    @Query(SELECT + " and c.projectId = ?1 order by c.changedAt desc, c.id desc")
    List<PassageChange> findByProject(long projectId, Limit limit);

    @Query(SELECT + " and c.projectId = ?1 and c.changedBy = ?2 order by c.changedAt desc, c.id desc")
    List<PassageChange> findByProjectAndChangedBy(long projectId, String by, Limit limit);

    @Query(SELECT + " and c.annotationId = ?1 order by c.changedAt desc, c.id desc")
    List<PassageChange> findByAnnotation(long annotationId, Limit limit);

    default Optional<PassageChange> findLatest(long annotationId) {
        return findByAnnotation(annotationId, Limit.of(1)).stream().findFirst();
    }
}
