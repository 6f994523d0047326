package org.caucus.coding;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caucus.codebook.Position;
import org.caucus.corpus.Participant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    /** The project a coded passage belongs to, for the access checks. */
    @Query("select a.message.project.id from Annotation a where a.id = :annotationId")
    Optional<Long> findProjectId(long annotationId);

    /**
     * The version of a stored passage and who saved it when, read from the database even where the
     * passage is already loaded in this transaction.
     */
    @Query("select new org.caucus.coding.AnnotationRepository$SaveStamp(a.version, coalesce(a.updatedBy, a.coder),"
            + " a.updatedAt) from Annotation a where a.id = ?1")
    Optional<SaveStamp> findSaveStamp(long annotationId);

    record SaveStamp(long version, String by, Instant at) {}

    @Query("""
            select new org.caucus.coding.Highlight(a.id, a.start, a.end, p.colour, p.id, p.name, a.qualifier, s.displayName,
                a.coder, a.memo, a.version)
            from Annotation a join a.position p left join a.speaker s
            where a.message.id = ?1
            order by a.start, a.end""")
    List<Highlight> findHighlights(long messageId);

    @Query("""
            select new org.caucus.coding.Highlight(a.id, a.start, a.end, p.colour, p.id, p.name, a.qualifier, s.displayName,
                a.coder, a.memo, a.version)
            from Annotation a join a.position p left join a.speaker s
            where a.message.id = ?1 and a.coder = ?2
            order by a.start, a.end""")
    List<Highlight> findHighlightsByCoder(long messageId, String coder);

    @Query("""
            select new org.caucus.coding.PassageRow(m.sentAt, m.sentOffsetSeconds, m.subject, po.displayName,
                s.displayName, i.name, p.name, a.qualifier, a.passage, a.coder, a.memo)
            from Annotation a join a.message m left join m.poster po left join a.speaker s
                join a.position p join p.issue i
            where m.project.id = ?1
            order by m.sentAt, m.id, a.start, a.id""")
    Stream<PassageRow> streamPassageRows(long projectId);

    /** The coded passages of those messages, with the messages themselves. */
    @Query("select a from Annotation a join fetch a.message where a.message.id in ?1")
    List<Annotation> findInMessages(Collection<Long> messageIds);

    /** The positions of the passages {@link #creditPassagesIn} would credit. */
    @Query("select distinct a.position.id from Annotation a where a.message.id = ?1 and a.start >= ?2 and a.end <= ?3")
    List<Long> findPositionsCodedIn(long messageId, int start, int end);

    @Modifying
    @Query("update Annotation a set a.speaker = ?4 where a.message.id = ?1 and a.start >= ?2 and a.end <= ?3")
    int creditPassagesIn(long messageId, int start, int end, Participant speaker);

    /** The positions of the passages credited to that participant. */
    @Query("select distinct a.position.id from Annotation a where a.speaker.id = ?1")
    List<Long> findPositionsCodedFor(long participantId);

    @Modifying
    @Query("update Annotation a set a.speaker = ?2 where a.speaker = ?1")
    int creditPassagesOf(Participant from, Participant to);

    /** Distinct statements per speaker: a passage coded in several quotes of it counts once. */
    @Query("""
            select a.speaker.id, count(distinct a.statementKey) from Annotation a
            where a.speaker.id in ?1 group by a.speaker.id""")
    List<Object[]> countStatementsBySpeaker(Collection<Long> speakerIds);

    /** Whether any passage was coded in this range of a message, overlapping it at least in part. */
    boolean existsByMessageIdAndStartLessThanAndEndGreaterThan(long messageId, int before, int after);

    boolean existsByMessageIdAndStartLessThanAndEndGreaterThanAndCoder(
            long messageId, int before, int after, String coder);

    boolean existsByMessageIdAndStartAndEndAndPositionIdAndQualifierAndCoderAndIdNot(
            long messageId, int start, int end, long positionId, StanceQualifier qualifier, String coder, long id);

    /** With a coder, that coder's passages only (blind coding); with {@code null}, every coder's. */
    @Query("""
            select distinct a.message.id from Annotation a
            where a.message.project.id = ?1 and (?2 is null or a.coder = ?2)""")
    List<Long> findCodedMessageIds(long projectId, String onlyCoder);

    @Query("""
            select distinct a.message.id from Annotation a
            where a.message.project.id = ?1 and a.position.id = ?2 and (?3 is null or a.coder = ?3)""")
    List<Long> findMessageIdsCodedWith(long projectId, long positionId, String onlyCoder);

    @Query("""
            select a.message.id, count(a) from Annotation a
            where a.message.id in ?1 and (?2 is null or a.coder = ?2)
            group by a.message.id""")
    List<Object[]> countByMessage(Collection<Long> messageIds, String onlyCoder);

    @Query("""
            select a.position.id, count(a) from Annotation a
            where a.position.issue.project.id = ?1 and (?2 is null or a.coder = ?2)
            group by a.position.id""")
    List<Object[]> countByPosition(long projectId, String onlyCoder);

    @Modifying
    @Query("""
            delete from Annotation a where a.position.id = ?1 and exists (
                select 1 from Annotation b where b.position.id = ?2 and b.message = a.message
                  and b.start = a.start and b.end = a.end and b.qualifier = a.qualifier and b.coder = a.coder)""")
    int deleteCodedTheSameWayWith(long mergedPositionId, long intoPositionId);

    @Modifying
    @Query(
            "update versioned Annotation a set a.position = ?2, a.updatedBy = ?3, a.updatedAt = ?4 where a.position.id = ?1")
    int movePassages(long fromPositionId, Position to, String by, Instant at);

    @Modifying
    @Query("delete from Annotation a where a.position.id = ?1")
    int deleteByPosition(long positionId);
}
