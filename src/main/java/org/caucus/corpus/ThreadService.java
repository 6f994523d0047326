package org.caucus.corpus;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.caucus.project.Project;
import org.springframework.jdbc.core.JdbcTemplate;
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

    @Transactional
    public void rethread(Project project) {
        List<ThreadBuilder.Node> nodes = entityManager
                .createQuery(
                        "select m.id, m.messageId, m.inReplyTo, m.references, m.threadSubject, m.sentAt"
                                + " from Message m where m.project.id = :project",
                        Object[].class)
                .setParameter("project", project.getId())
                .getResultStream()
                .map(ThreadService::node)
                .toList();
        Map<Long, ThreadBuilder.Placement> placements = ThreadBuilder.thread(nodes);
        // One batched statement for the whole project: far cheaper than dirtying every entity.
        jdbc.batchUpdate(
                "update message set parent_id = ?, thread_id = ? where id = ?",
                placements.entrySet().stream()
                        .map(placed -> new Object[] {
                            placed.getValue().parentId(), placed.getValue().threadId(), placed.getKey()
                        })
                        .toList());
        entityManager.clear();
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
