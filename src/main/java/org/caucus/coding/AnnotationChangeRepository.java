package org.caucus.coding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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

    /**
     * Records passages that a codebook change is about to change in bulk, as they are before it.
     * One insert-select records every passage, however many a position has.
     */
    String RECORD = """
            insert into annotation_change (project_id, message_id, annotation_id, action, changed_by, changed_at,
                before_start, before_end, before_passage, before_position, before_qualifier, before_memo,
                after_start, after_end, after_passage, after_position, after_qualifier, after_memo)
            select m.project_id, a.message_id, a.id, """;

    String BEFORE = """
            , :by, :at, a.start_offset, a.end_offset, a.passage, p.name, a.qualifier, a.memo,
            """;

    String CODED_WITH_POSITION = """
            from annotation a
            join message m on m.id = a.message_id
            join codebook_position p on p.id = a.position_id
            """;

    String DELETED_AFTER = "null, null, null, null, null, null ";

    /** Records that every passage coded with a position is deleted with it. */
    @Modifying
    @Query(
            nativeQuery = true,
            value = RECORD + "'DELETED'" + BEFORE + DELETED_AFTER + CODED_WITH_POSITION
                    + "where a.position_id = :position")
    int recordDeletedWithPosition(@Param("position") long positionId, @Param("by") String by, @Param("at") Instant at);

    /**
     * Records that the passages of a merged position that were coded the same way with the position
     * it is merged into are deleted: they would count twice.
     */
    @Modifying
    @Query(nativeQuery = true, value = RECORD + "'DELETED'" + BEFORE + DELETED_AFTER + CODED_WITH_POSITION + """
                    where a.position_id = :merged and exists (
                        select 1 from annotation b where b.position_id = :into and b.message_id = a.message_id
                          and b.start_offset = a.start_offset and b.end_offset = a.end_offset
                          and b.qualifier = a.qualifier and b.coder = a.coder)""")
    int recordDeletedAsCodedTwice(
            @Param("merged") long mergedPositionId,
            @Param("into") long intoPositionId,
            @Param("by") String by,
            @Param("at") Instant at);

    /** Records that the passages of a merged position move to the position it is merged into. */
    @Modifying
    @Query(
            nativeQuery = true,
            value = RECORD + "'CHANGED'" + BEFORE
                    + "a.start_offset, a.end_offset, a.passage, i.name, a.qualifier, a.memo "
                    + CODED_WITH_POSITION
                    + "join codebook_position i on i.id = :into where a.position_id = :merged")
    int recordMovedByMerge(
            @Param("merged") long mergedPositionId,
            @Param("into") long intoPositionId,
            @Param("by") String by,
            @Param("at") Instant at);
}
