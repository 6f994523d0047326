package org.caucus.corpus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.commons.collections4.ListUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads back the own text of a project's stored messages, so that an import can trace quotes to messages that an
 * earlier import stored. Only own-text blocks are read, cut out of the bodies by the database, and handed on a thousand
 * messages at a time: the corpus is never held twice. The origin index keeps none of that text, and reads a message's
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

    /** Threads that read a large project's own text for {@link #forEach}: two keep a two-core machine busy. */
    private static final int READERS = 2;

    /** Thousands of messages read ahead of the caller, at most: a few megabytes of text. */
    private static final int CHUNKS_AHEAD = 4;

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
        List<Stored> read = new ArrayList<>();
        for (List<Long> some : ListUtils.partition(List.copyOf(messageIds), IDS_AT_ONCE)) {
            read.addAll(read(projectId, some));
        }
        read.stream()
                .sorted(Comparator.comparing(Stored::sentAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                        .thenComparing(Stored::messageId))
                .forEach(sink::accept);
    }

    /**
     * Messages in date order, undated ones last, as the origin index wants them.
     *
     * <p>Read a thousand at a time, in date order off the project's index, rather than in one statement: sorting a
     * large project's own text took the database longer than reading it. Outside a transaction (an archive import) the
     * next thousands are read on {@value #READERS} threads of their own while the caller indexes these: the database
     * decodes every body in full to cut its own text out, and at 100,000 messages that took 8 of the read-back's 10
     * seconds on one core. Within a transaction the caller's connection reads them all, since it may see messages that
     * other connections cannot yet.
     */
    void forEach(long projectId, Sink sink) {
        List<List<Long>> chunks = ListUtils.partition(
                jdbc.queryForList(
                        "select m.id from message m where m.project_id = ?"
                                + " order by m.project_id, m.sent_at nulls last, m.id",
                        Long.class,
                        projectId),
                IDS_AT_ONCE);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            chunks.forEach(some -> read(projectId, some).forEach(sink::accept));
            return;
        }
        ExecutorService readers = Executors.newFixedThreadPool(
                READERS,
                Thread.ofPlatform().name("caucus-read-back-", 1).daemon().factory());
        try {
            Deque<Future<List<Stored>>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < chunks.size() || !ahead.isEmpty()) {
                while (next < chunks.size() && ahead.size() < CHUNKS_AHEAD) {
                    List<Long> some = chunks.get(next++);
                    ahead.add(readers.submit(() -> read(projectId, some)));
                }
                ahead.removeFirst().get().forEach(sink::accept);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The read-back of project " + projectId + "'s messages was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("Project " + projectId + "'s messages could not be read back", e);
        } finally {
            readers.shutdownNow();
        }
    }

    /** The own text of the messages {@code ids} that have a poster, in the order of {@code ids}. */
    private List<Stored> read(long projectId, List<Long> ids) {
        Map<Long, Stored> read = new HashMap<>();
        named.query(
                OWN_TEXT + "m.project_id = :project and m.poster_id is not null and m.id in (:ids)"
                        + " order by m.id, b.block_index",
                Map.of("project", projectId, "ids", ids),
                (RowCallbackHandler) row -> {
                    Stored message = read.get(row.getLong(1));
                    if (message == null) {
                        message = stored(row);
                        read.put(message.messageId(), message);
                    }
                    message.pieces().add(piece(row));
                });
        return ids.stream().map(read::get).filter(Objects::nonNull).toList();
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
