package org.caucus.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.caucus.project.Project;
import org.springframework.context.ApplicationEventPublisher;
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

    // Messages per query of the moved ones, within what a statement's parameters may number.
    private static final int MOVED_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ThreadEvidence(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Credits again the quotes this rule credited in messages that have since moved in their thread: a later import
     * brought the message they really reply to, so the poster they most likely quote has changed. The coded passages
     * on such a quote follow it, as when an analyst changes a block's speaker.
     *
     * @return how many blocks changed speaker
     */
    @Transactional
    int recreditMoved(Collection<Long> movedMessageIds) {
        List<Long> moved = List.copyOf(movedMessageIds);
        int changed = 0;
        for (int from = 0; from < moved.size(); from += MOVED_PER_QUERY) {
            List<Long> chunk = moved.subList(from, Math.min(moved.size(), from + MOVED_PER_QUERY));
            String ids = String.join(",", Collections.nCopies(chunk.size(), "?"));
            List<Object> arguments = new ArrayList<>(chunk);
            arguments.addFirst(EVIDENCE);
            List<Object[]> quotes = jdbc.query(
                    """
                    select b.id, b.message_id, b.start_offset, b.end_offset, parent.poster_id
                      from message_block b
                      join message m on m.id = b.message_id
                      left join message parent on parent.id = m.parent_id
                     where b.evidence = ? and b.speaker_set_by is null and b.message_id in (%s)
                       and (parent.poster_id is null or parent.poster_id <> b.speaker_id)
                    """.formatted(ids),
                    (row, i) -> new Object[] {
                        row.getLong(1), row.getLong(2), row.getInt(3), row.getInt(4), row.getObject(5, Long.class)
                    },
                    arguments.toArray());
            for (Object[] quote : quotes) {
                Long speaker = (Long) quote[4];
                jdbc.update(
                        "update message_block set speaker_id = ?, evidence = ?, confidence = ? where id = ?",
                        speaker,
                        speaker == null ? null : EVIDENCE,
                        speaker == null ? 0.0 : CONFIDENCE,
                        quote[0]);
                events.publishEvent(
                        new BlockSpeakerChanged((Long) quote[1], (Integer) quote[2], (Integer) quote[3], speaker));
            }
            changed += quotes.size();
        }
        return changed;
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
