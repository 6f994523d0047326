package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import org.caucus.project.Project;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

    /** The project a message belongs to, for the access checks. */
    @Query("select m.project.id from Message m where m.id = :messageId")
    Optional<Long> findProjectId(long messageId);

    @Query("select distinct m.project.id from Message m where m.id in :messageIds")
    List<Long> findProjectIds(java.util.Collection<Long> messageIds);

    /** How many of the messages an import stored are still there. */
    @Query(value = "select count(*) from message where import_run_id = ?1", nativeQuery = true)
    int countStoredBy(long importRunId);

    /** How many messages the project holds. */
    long countByProject(Project project);

    @Query("select m.dedupeKey from Message m where m.project.id = ?1")
    List<String> findDedupeKeys(long projectId);

    /** The message of the project that a second import of the same message would repeat. */
    @Query("select m.id from Message m where m.project.id = ?1 and m.dedupeKey = ?2")
    Optional<Long> findIdByDedupeKey(long projectId, String dedupeKey);

    @Query("""
            select new org.caucus.corpus.MessageRow(m.id, m.sentAt, m.sentOffsetSeconds, p.displayName, m.subject, m.listName)
            from Message m left join m.poster p
            where m.project.id = ?1
            order by m.sentAt nulls last, m.id""")
    Page<MessageRow> findRows(long projectId, Pageable pageable);

    @Query("select m from Message m left join fetch m.poster where m.id = ?1")
    Optional<Message> findWithPoster(long id);

    /** The lists the project's messages came from, for the message list's list filter. */
    @Query("""
            select distinct m.listName from Message m
            where m.project.id = ?1 and m.listName is not null
            order by m.listName""")
    List<String> findListNames(long projectId);

    /**
     * Participants who sent at least one message and whose name matches {@code namePattern}, a
     * lower-case LIKE pattern escaped with a backslash. Names met only in quotes are left out:
     * filtering the list by them would always show nothing.
     */
    @Query("""
            select new org.caucus.corpus.Poster(p.id, p.displayName) from Participant p
            where p.project.id = ?1 and lower(p.displayName) like ?2 escape '\\'
              and exists (select 1 from Message m where m.poster = p)
            order by p.displayName, p.id""")
    List<Poster> findPosters(long projectId, String namePattern, Pageable pageable);

    @Query("""
            select new org.caucus.corpus.ThreadMessage(m.id, m.parentId, m.sentAt, m.sentOffsetSeconds, p.displayName, m.subject)
            from Message m left join m.poster p
            where m.threadId = ?1
            order by m.sentAt nulls last, m.id""")
    List<ThreadMessage> findThread(long threadId);
}
