package org.caucus.analysis;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.caucus.coding.StanceQualifier;

/**
 * One coded passage behind a number of the comparison, with what the reader needs to open it.
 *
 * @param occurrences how many coded passages of the scope are this statement (it and its quotes);
 *     1 when each occurrence is listed on its own
 */
public record PassageLink(
        long annotationId,
        long messageId,
        String subject,
        OffsetDateTime sentAt,
        String speaker,
        String position,
        StanceQualifier qualifier,
        String passage,
        String coder,
        int occurrences) {

    /** The reader's address for this passage: the message, scrolled to the passage and marked. */
    public String readerPath() {
        return "messages/" + messageId + "?passage=" + annotationId;
    }

    static PassageLink of(Object[] row) {
        Instant sent = (Instant) row[3];
        Integer offset = (Integer) row[4];
        return new PassageLink(
                (Long) row[0],
                (Long) row[1],
                (String) row[2],
                sent == null ? null : sent.atOffset(ZoneOffset.ofTotalSeconds(offset == null ? 0 : offset)),
                (String) row[5],
                (String) row[6],
                (StanceQualifier) row[7],
                (String) row[8],
                (String) row[9],
                1);
    }

    PassageLink occurring(int times) {
        return new PassageLink(
                annotationId, messageId, subject, sentAt, speaker, position, qualifier, passage, coder, times);
    }

    /** The columns {@link #of(Object[])} reads, in order, over {@code a}, {@code m} and {@code s}. */
    static final String COLUMNS = "a.id, m.id, m.subject, m.sentAt, m.sentOffsetSeconds, s.displayName,"
            + " a.position.name, a.qualifier, a.passage, a.coder, a.statementKey";
}
