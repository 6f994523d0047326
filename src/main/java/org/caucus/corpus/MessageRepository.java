package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import org.caucus.project.Project;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

    @Query("select m.dedupeKey from Message m where m.project.id = ?1")
    List<String> findDedupeKeys(long projectId);

    boolean existsByProjectAndDedupeKey(Project project, String dedupeKey);

    @Query("""
            select new org.caucus.corpus.MessageRow(m.id, m.sentAt, m.sentOffsetSeconds, p.displayName, m.subject, m.listName)
            from Message m left join m.poster p
            where m.project.id = ?1
            order by m.sentAt nulls last, m.id""")
    Page<MessageRow> findRows(long projectId, Pageable pageable);

    @Query("select m from Message m left join fetch m.poster where m.id = ?1")
    Optional<Message> findWithPoster(long id);
}
