package org.caucus.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.collections4.ListUtils;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Streams the coded passages in scope, in date order, straight from JDBC: a million passages must
 * pass through without ever being in memory together, and without an entity per row.
 *
 * <p>Why in batches of messages: ordering the whole joined result by date made H2 sort every
 * passage with its context, spilling to disk, before the first row came back (the largest cost
 * of {@code benchmark-export} after POI itself). Instead the messages in scope are listed in date
 * order (one narrow column), and their passages are read a few hundred messages at a time through
 * the index on {@code annotation.message_id} and put in order in memory. What a message's passages
 * share (date, list, thread, poster) is read once per message, and participants and positions come
 * from the {@link Roster} and the codebook in memory, so that each passage row joins only its own
 * message (for the context) and, when quoted, the message it quotes.
 */
@Component
class CodedPassageQuery {

    private static final String MESSAGES_IN_ORDER = """
            select m.id from message m
            where %s
            order by m.sent_at nulls last, m.id""";

    private static final String MESSAGES = """
            select m.id, m.sent_at, m.sent_offset_seconds, m.list_name,
                coalesce(m.thread_subject, m.subject) as thread, m.poster_id
            from message m
            where m.id in (%s)""";

    private static final String PASSAGES = """
            select a.id, a.message_id, a.start_offset, a.passage, a.position_id, a.qualifier, a.speaker_id,
                substring(m.body from greatest(1, a.start_offset + 1 - :context) for least(:context, a.start_offset))
                    as context_before,
                substring(m.body from a.end_offset + 1 for :context) as context_after,
                o.sent_at as origin_sent_at, o.sent_offset_seconds as origin_offset, o.subject as origin_subject,
                a.statement_key, a.coder, a.memo, a.created_at
            from annotation a
                join message m on m.id = a.message_id
                left join message o on o.id = a.origin_message_id
            where a.message_id in (%s) %s""";

    /** Messages per query: a few thousand passages in memory at a time, and far fewer queries than messages. */
    private static final int BATCH = 500;

    private final NamedParameterJdbcTemplate jdbc;

    CodedPassageQuery(JdbcTemplate jdbc) {
        this.jdbc = StreamingJdbc.over(jdbc);
    }

    /** The project's participants, to pass to {@link #forEach}. */
    Roster roster(long projectId) {
        return Roster.of(jdbc, projectId);
    }

    /**
     * Hands each passage in scope to {@code sink}, in date order (messages without a date last),
     * each message's passages together. Call it inside a read-only transaction, so that PostgreSQL
     * streams the rows with a cursor instead of loading them.
     *
     * @param roster the project's participants
     * @param positions every position of the project's codebook
     */
    void forEach(
            ScopeFilter scope,
            Roster roster,
            List<PositionChoice> positions,
            int contextChars,
            String baseUrl,
            Consumer<CodedPassage> sink) {
        Map<Long, PositionChoice> positionsById = new HashMap<>();
        positions.forEach(position -> positionsById.put(position.id(), position));
        List<Long> messages =
                jdbc.queryForList(MESSAGES_IN_ORDER.formatted(scope.onMessages()), scope.parameters(), Long.class);
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("context", contextChars);
        for (List<Long> batch : ListUtils.partition(messages, BATCH)) {
            // The ids (numbers this method read itself) are written into the statement, not bound: H2
            // looks a row up in a set of constants, but compares it with a list of parameters one by one.
            String ids = batch.stream().map(String::valueOf).collect(Collectors.joining(","));
            Map<Long, Message> inBatch = new HashMap<>();
            jdbc.query(MESSAGES.formatted(ids), Map.of(), (ResultSet row) -> {
                long id = row.getLong("id");
                Roster.Member poster = roster.member(nullable(row, "poster_id"));
                inBatch.put(
                        id,
                        new Message(
                                id,
                                wallClock(row, "sent_at", "sent_offset_seconds"),
                                row.getString("list_name"),
                                row.getString("thread"),
                                baseUrl + "/messages/" + id,
                                poster == null ? null : poster.name()));
            });
            Map<Long, Integer> order = new HashMap<>();
            batch.forEach(id -> order.put(id, order.size()));
            List<Ordered> rows = new ArrayList<>();
            jdbc.query(PASSAGES.formatted(ids, scope.onAnnotations()), parameters, (ResultSet row) -> {
                long messageId = row.getLong("message_id");
                rows.add(new Ordered(
                        order.get(messageId),
                        row.getInt("start_offset"),
                        row.getLong("id"),
                        passage(row, inBatch.get(messageId), roster, positionsById)));
            });
            rows.sort(IN_MESSAGE_ORDER);
            rows.forEach(row -> sink.accept(row.passage()));
        }
    }

    /** What the passages of one message share. */
    private record Message(long id, OffsetDateTime sentAt, String list, String thread, String link, String poster) {}

    /** A passage with what puts it in place: its message's place in date order, then where it starts. */
    private record Ordered(int message, int start, long id, CodedPassage passage) {}

    private static final Comparator<Ordered> IN_MESSAGE_ORDER = Comparator.comparingInt(Ordered::message)
            .thenComparingInt(Ordered::start)
            .thenComparingLong(Ordered::id);

    private static CodedPassage passage(
            ResultSet row, Message message, Roster roster, Map<Long, PositionChoice> positions) throws SQLException {
        return new CodedPassage(
                row.getLong("id"),
                message.id(),
                message.sentAt(),
                message.list(),
                message.thread(),
                message.link(),
                message.poster(),
                roster.member(nullable(row, "speaker_id")),
                positions.get(row.getLong("position_id")),
                StanceQualifier.valueOf(row.getString("qualifier")),
                row.getString("passage"),
                row.getString("context_before"),
                row.getString("context_after"),
                origin(row),
                row.getString("statement_key"),
                row.getString("coder"),
                row.getString("memo"),
                row.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static Long nullable(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Where a quoted passage was first written: that message's date and subject. */
    private static String origin(ResultSet row) throws SQLException {
        String subject = row.getString("origin_subject");
        if (subject == null) {
            return null;
        }
        OffsetDateTime sent = wallClock(row, "origin_sent_at", "origin_offset");
        return sent == null ? subject : sent.toLocalDate() + " · " + subject;
    }

    /** The sender's own wall-clock time: the instant at the offset the sender wrote it with. */
    static OffsetDateTime wallClock(ResultSet row, String instantColumn, String offsetColumn) throws SQLException {
        OffsetDateTime sent = row.getObject(instantColumn, OffsetDateTime.class);
        if (sent == null) {
            return null;
        }
        return sent.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(row.getInt(offsetColumn)));
    }
}
