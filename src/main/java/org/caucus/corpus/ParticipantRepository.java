package org.caucus.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caucus.project.Project;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    /** The project a participant belongs to, for the access checks. */
    @Query("select p.project.id from Participant p where p.id = :participantId")
    Optional<Long> findProjectId(long participantId);

    @Query("select p from Participant p join p.addresses a where p.project = ?1 and lower(a) = lower(?2)")
    Optional<Participant> findByAddress(Project project, String address);

    List<Participant> findByProjectAndDisplayNameIgnoreCase(Project project, String displayName);

    List<Participant> findByProjectOrderByDisplayName(Project project);

    List<Participant> findByProjectIdOrderByDisplayName(long projectId);

    /**
     * A page of the participant list: those whose name or an address contains {@code pattern}, a
     * lower-case LIKE pattern escaped with a backslash, in name order. Addresses come separately
     * ({@link #findAddresses}), so that a page is one row per participant.
     */
    @Query("""
            select new org.caucus.corpus.ParticipantRow(p.id, p.displayName, p.organisation, p.stakeholderGroup,
                p.country, (select count(m) from Message m where m.poster = p))
            from Participant p
            where p.project.id = ?1
              and (lower(p.displayName) like ?2 escape '\\'
                   or exists (select 1 from Participant q join q.addresses a where q = p and a like ?2 escape '\\'))
            order by lower(p.displayName), p.id""")
    List<ParticipantRow> findRows(long projectId, String pattern, Pageable pageable);

    @Query("""
            select new org.caucus.corpus.ParticipantRow(p.id, p.displayName, p.organisation, p.stakeholderGroup,
                p.country, (select count(m) from Message m where m.poster = p))
            from Participant p where p.project.id = ?1 and p.id = ?2""")
    Optional<ParticipantRow> findRow(long projectId, long participantId);

    @Query("""
            select count(p) from Participant p
            where p.project.id = ?1
              and (lower(p.displayName) like ?2 escape '\\'
                   or exists (select 1 from Participant q join q.addresses a where q = p and a like ?2 escape '\\'))""")
    long countRows(long projectId, String pattern);

    /** Pairs of participant id and address, for the given participants. */
    @Query("select p.id, a from Participant p join p.addresses a where p.id in ?1 order by p.id")
    List<Object[]> findAddresses(Collection<Long> participantIds);

    /** Every participant of the project with the messages they posted, for merge suggestions. */
    @Query("""
            select p.id, p.displayName, (select count(m) from Message m where m.poster = p)
            from Participant p where p.project.id = ?1""")
    List<Object[]> findMessageCounts(long projectId);

    /** Pairs of participant id and address over the whole project. */
    @Query("select p.id, a from Participant p join p.addresses a where p.project.id = ?1")
    List<Object[]> findProjectAddresses(long projectId);

    @Modifying
    @Query("update Message m set m.poster = ?2 where m.poster = ?1")
    int movePosts(Participant from, Participant to);

    @Modifying
    @Query("update MessageBlock b set b.speaker = ?2 where b.speaker = ?1")
    int moveBlocks(Participant from, Participant to);
}
