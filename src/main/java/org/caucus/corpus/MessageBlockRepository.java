package org.caucus.corpus;

import java.util.stream.Stream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageBlockRepository extends JpaRepository<MessageBlock, Long> {

    /** The text is cut out by the database, so a message body is never copied once per block. */
    @Query("""
            select new org.caucus.corpus.BlockRow(m.id, m.messageId, b.blockIndex, b.role, b.depth, b.start, b.end,
                s.id, s.displayName, b.evidence, b.confidence, o.id, o.messageId,
                substring(m.body, b.start + 1, b.end - b.start))
            from MessageBlock b join b.message m left join b.speaker s left join Message o on o.id = b.originMessageId
            where m.project.id = ?1 and (?2 is null or m.messageId = ?2)
            order by m.sentAt, m.id, b.blockIndex""")
    Stream<BlockRow> streamRows(long projectId, String messageId);
}
