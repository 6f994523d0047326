package org.caucus.corpus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.collections4.ListUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    private static final int IDS_AT_ONCE = 1000;

    /**
     * The own-text blocks of messages, cut out of their bodies by the database; the queries add which messages and in
     * what order.
     */
    private static final String OWN_TEXT = """
            select m.id, m.sent_at, m.poster_id, b.start_offset,
                   substring(m.body, b.start_offset + 1, b.end_offset - b.start_offset)
              from message m join message_block b on b.message_id = m.id
             where b.role = 'OWN_TEXT' and b.depth = 0 and\s""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    StoredOwnText(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        // PostgreSQL streams only with a fetch size, inside a transaction.
        this.jdbc.setFetchSize(1000);
    }

    /** The own text of one stored message, in body order, as {@link #forEach} gave it. */
    List<QuoteOriginIndex.OwnText> piecesOf(long messageId) {
        return jdbc.query(OWN_TEXT + "m.id = ? order by b.block_index", (row, n) -> piece(row), messageId);
    }

    /**
     * The messages among {@code messageIds} as {@link #forEach} gives them, in the same order: a few, read by their
     * ids.
     */
    @Transactional(readOnly = true)
    void forEachOf(long projectId, Collection<Long> messageIds, Sink sink) {
        Map<Long, Stored> read = new HashMap<>();
        for (List<Long> some : ListUtils.partition(List.copyOf(messageIds), IDS_AT_ONCE)) {
            named.query(
                    OWN_TEXT + "m.project_id = :project and m.poster_id is not null and m.id in (:ids)"
                            + " order by m.id, b.block_index",
                    Map.of("project", projectId, "ids", some),
                    (RowCallbackHandler) row -> {
                        Stored message = read.get(row.getLong(1));
                        if (message == null) {
                            message = stored(row);
                            read.put(message.messageId(), message);
                        }
                        message.pieces().add(piece(row));
                    });
        }
        read.values().stream()
                .sorted(Comparator.comparing(Stored::sentAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                        .thenComparing(Stored::messageId))
                .forEach(sink::accept);
    }

    /** Messages in date order, undated ones last, as the origin index wants them. */
    @Transactional(readOnly = true)
    void forEach(long projectId, Sink sink) {
        // The message whose blocks are being read; it is handed on when the next one starts.
        List<Stored> reading = new ArrayList<>(1);
        jdbc.query(
                OWN_TEXT
                        + "m.project_id = ? and m.poster_id is not null order by m.sent_at nulls last, m.id, b.block_index",
                row -> {
                    long messageId = row.getLong(1);
                    if (!reading.isEmpty() && reading.getFirst().messageId() != messageId) {
                        sink.accept(reading.removeFirst());
                    }
                    if (reading.isEmpty()) {
                        reading.add(stored(row));
                    }
                    reading.getFirst().pieces().add(piece(row));
                },
                projectId);
        reading.forEach(sink::accept);
    }

    /** A message from the first row of its own text: its id, date and poster, with no pieces yet. */
    private static Stored stored(ResultSet row) throws SQLException {
        OffsetDateTime sentAt = row.getObject(2, OffsetDateTime.class);
        return new Stored(
                row.getLong(1), sentAt == null ? null : sentAt.toInstant(), row.getLong(3), new ArrayList<>());
    }

    private static QuoteOriginIndex.OwnText piece(ResultSet row) throws SQLException {
        return new QuoteOriginIndex.OwnText(row.getInt(4), row.getString(5));
    }
}
