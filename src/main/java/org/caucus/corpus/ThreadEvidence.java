package org.caucus.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.caucus.project.Project;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last rule of attribution before "unknown": a first-level quote that nothing in its own
 * message attributes most likely comes from the message it replies to, so it is credited to that
 * message's poster, with lower confidence. So is an attribution line at the first level ("On ...,
 * Carol wrote:" quoted from a reply to Carol): the one replied to wrote it. It needs the thread tree,
 * so it runs after threading.
 */
@Component
class ThreadEvidence {

    static final String EVIDENCE = "the poster of the message it replies to";
    static final double CONFIDENCE = 0.5;

    // Messages per query of the moved ones, within what a statement's parameters may number.
    private static final int MOVED_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;

    ThreadEvidence(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.events = events;
    }

    /** A quote this rule credited, in a message that moved, and the poster of its message's new parent. */
    private record MovedQuote(long blockId, long messageId, int start, int end, Long parentPoster) {}

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
            List<MovedQuote> quotes = named.query(
                    """
                    select b.id, b.message_id, b.start_offset, b.end_offset, parent.poster_id
                      from message_block b
                      join message m on m.id = b.message_id
                      left join message parent on parent.id = m.parent_id
                     where b.evidence = :evidence and b.speaker_set_by is null and b.message_id in (:moved)
                       and (parent.poster_id is null or parent.poster_id <> b.speaker_id)
                    """,
                    Map.of(
                            "evidence",
                            EVIDENCE,
                            "moved",
                            moved.subList(from, Math.min(moved.size(), from + MOVED_PER_QUERY))),
                    (row, i) -> new MovedQuote(
                            row.getLong(1),
                            row.getLong(2),
                            row.getInt(3),
                            row.getInt(4),
                            row.getObject(5, Long.class)));
            for (MovedQuote quote : quotes) {
                Long speaker = quote.parentPoster();
                jdbc.update(
                        "update message_block set speaker_id = ?, evidence = ?, confidence = ? where id = ?",
                        speaker,
                        speaker == null ? null : EVIDENCE,
                        speaker == null ? 0.0 : CONFIDENCE,
                        quote.blockId());
                events.publishEvent(new BlockSpeakerChanged(quote.messageId(), quote.start(), quote.end(), speaker));
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
                 where b.role in ('QUOTE', 'ATTRIBUTION') and b.depth = 1 and b.speaker_id is null
                   and b.speaker_set_by is null
                   and exists (select 1 from message m join message parent on parent.id = m.parent_id
                                where m.id = b.message_id and m.project_id = ? and parent.poster_id is not null)
                """, EVIDENCE, CONFIDENCE, project.getId());
    }
}
