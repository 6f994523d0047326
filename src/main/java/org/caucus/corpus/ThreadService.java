package org.caucus.corpus;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caucus.project.Project;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rebuilds a project's reply trees after an import, since new messages can join old threads. */
@Service
public class ThreadService {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ThreadService(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** @return how many messages changed place */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public int rethread(Project project) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "select m.id, m.messageId, m.inReplyTo, m.references, m.threadSubject, m.sentAt,"
                                + " m.parentId, m.threadId from Message m where m.project.id = :project",
                        Object[].class)
                .setParameter("project", project.getId())
                .getResultList();
        Map<Long, ThreadBuilder.Placement> current = new HashMap<>();
        for (Object[] row : rows) {
            if (row[7] != null) {
                current.put((Long) row[0], new ThreadBuilder.Placement((Long) row[6], (Long) row[7]));
            }
        }
        Map<Long, ThreadBuilder.Placement> placements =
                ThreadBuilder.thread(rows.stream().map(ThreadService::node).toList());
        // A message row is wide (body and raw bytes), so only those whose place changed are written, in one
        // batched statement: importing a month into a large project then touches that month, not the project.
        List<Object[]> moved = placements.entrySet().stream()
                .filter(placed -> !placed.getValue().equals(current.get(placed.getKey())))
                .map(placed -> new Object[] {
                    placed.getValue().parentId(), placed.getValue().threadId(), placed.getKey()
                })
                .toList();
        jdbc.batchUpdate("update message set parent_id = ?, thread_id = ? where id = ?", moved);
        entityManager.clear();
        return moved.size();
    }

    private static ThreadBuilder.Node node(Object[] row) {
        String references = (String) row[3];
        return new ThreadBuilder.Node(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                references == null ? List.of() : List.of(references.split("\n")),
                (String) row[4],
                (Instant) row[5]);
    }
}
