package org.caucus.corpus;

import org.caucus.project.Project;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last rule of attribution before "unknown": a first-level quote that nothing in its own
 * message attributes most likely comes from the message it replies to, so it is credited to that
 * message's poster, with lower confidence. It needs the thread tree, so it runs after threading.
 */
@Component
class ThreadEvidence {

    static final String EVIDENCE = "the poster of the message it replies to";
    static final double CONFIDENCE = 0.5;

    private final JdbcTemplate jdbc;

    ThreadEvidence(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many blocks got a speaker */
    @Transactional
    int creditUnattributedQuotes(Project project) {
        // One statement for the project: imports touch tens of thousands of blocks.
        return jdbc.update("""
                update message_block b
                   set speaker_id = (select parent.poster_id from message m join message parent on parent.id = m.parent_id
                                      where m.id = b.message_id),
                       evidence = ?,
                       confidence = ?
                 where b.role = 'QUOTE' and b.depth = 1 and b.speaker_id is null and b.speaker_set_by is null
                   and exists (select 1 from message m join message parent on parent.id = m.parent_id
                                where m.id = b.message_id and m.project_id = ? and parent.poster_id is not null)
                """, EVIDENCE, CONFIDENCE, project.getId());
    }
}
