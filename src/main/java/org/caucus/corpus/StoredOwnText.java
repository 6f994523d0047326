package org.caucus.corpus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads back the own text of a project's stored messages, so that an import can trace quotes to messages that an
 * earlier import stored. Only own-text blocks are read, cut out of the bodies by the database, and rows are handed on
 * as they arrive: the corpus is never held twice. The origin index keeps none of that text, and reads a message's
 * again when it compares a quote with it.
 */
@Component
class StoredOwnText {

    /** One stored message's own text, in body order. */
    record Stored(long messageId, Instant sentAt, long posterId, List<QuoteOriginIndex.OwnText> pieces) {}

    interface Sink {
        void accept(Stored message);
    }

    private final JdbcTemplate jdbc;

    StoredOwnText(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL streams only with a fetch size, inside a transaction.
        this.jdbc.setFetchSize(1000);
    }

    /** The own text of one stored message, in body order, as {@link #forEach} gave it. */
    List<QuoteOriginIndex.OwnText> piecesOf(long messageId) {
        RowMapper<QuoteOriginIndex.OwnText> piece =
                (row, rowNumber) -> new QuoteOriginIndex.OwnText(row.getInt(1), row.getString(2));
        return jdbc.query("""
                select b.start_offset, substring(m.body, b.start_offset + 1, b.end_offset - b.start_offset)
                  from message m join message_block b on b.message_id = m.id
                 where m.id = ? and b.role = 'OWN_TEXT' and b.depth = 0
                 order by b.block_index""", piece, messageId);
    }

    /** Messages in date order, undated ones last, as the origin index wants them. */
    @Transactional(readOnly = true)
    void forEach(long projectId, Sink sink) {
        // The message whose blocks are being read; it is handed on when the next one starts.
        List<Stored> reading = new ArrayList<>(1);
        jdbc.query(
                """
                select m.id, m.sent_at, m.poster_id, b.start_offset,
                       substring(m.body, b.start_offset + 1, b.end_offset - b.start_offset)
                  from message m join message_block b on b.message_id = m.id
                 where m.project_id = ? and m.poster_id is not null and b.role = 'OWN_TEXT' and b.depth = 0
                 order by m.sent_at nulls last, m.id, b.block_index""",
                row -> {
                    long messageId = row.getLong(1);
                    if (!reading.isEmpty() && reading.getFirst().messageId() != messageId) {
                        sink.accept(reading.removeFirst());
                    }
                    if (reading.isEmpty()) {
                        OffsetDateTime sentAt = row.getObject(2, OffsetDateTime.class);
                        reading.add(new Stored(
                                messageId,
                                sentAt == null ? null : sentAt.toInstant(),
                                row.getLong(3),
                                new ArrayList<>()));
                    }
                    reading.getFirst().pieces().add(new QuoteOriginIndex.OwnText(row.getInt(4), row.getString(5)));
                },
                projectId);
        reading.forEach(sink::accept);
    }
}
