package org.caucus.corpus;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caucus.project.Project;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a project's reply trees whole across imports, since new messages can join old threads: an import places each
 * message as it writes it ({@link RunningThreads}), then moves the few a later message placed elsewhere.
 */
@Service
public class ThreadService {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ThreadService(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** The project's trees as stored, for an import to place its messages in. */
    @Transactional(readOnly = true)
    RunningThreads start(Project project) {
        List<RunningThreads.Stored> stored = jdbc.query(
                "select id, message_id, in_reply_to, message_references, thread_subject, sent_at, parent_id, thread_id,"
                        + " poster_id"
                        // In a fixed order: where headers conflict, the tree keeps the first link it meets.
                        + " from message where project_id = ? order by id",
                (row, n) -> {
                    String references = row.getString(4);
                    OffsetDateTime sentAt = row.getObject(6, OffsetDateTime.class);
                    ThreadBuilder.Node node = new ThreadBuilder.Node(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            references == null ? List.of() : List.of(references.split("\n")),
                            row.getString(5),
                            sentAt == null ? null : sentAt.toInstant());
                    long threadId = row.getLong(8);
                    ThreadBuilder.Placement placement =
                            row.wasNull() ? null : new ThreadBuilder.Placement(row.getObject(7, Long.class), threadId);
                    return new RunningThreads.Stored(node, placement, row.getObject(9, Long.class));
                },
                project.getId());
        return new RunningThreads(stored);
    }

    /**
     * Writes the place of every message that the whole rebuilt trees put elsewhere than it was written.
     *
     * @return the ids of the messages that changed place
     */
    @Transactional
    Set<Long> settle(RunningThreads threads) {
        Map<Long, ThreadBuilder.Placement> moves = threads.moves();
        // Each update rewrites a wide row (body and raw bytes), so only the moved ones are written, in one batch.
        jdbc.batchUpdate(
                "update message set parent_id = ?, thread_id = ? where id = ?",
                moves.entrySet().stream()
                        .map(move -> new Object[] {
                            move.getValue().parentId(), move.getValue().threadId(), move.getKey()
                        })
                        .toList());
        // Messages the transaction read before would still show their old places.
        entityManager.clear();
        return moves.keySet();
    }

    /** @return how many messages changed place */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public int rethread(Project project) {
        return settle(start(project)).size();
    }
}
