package org.caucus.corpus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.collections4.ListUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Traces again the quotes that earlier imports stored without an origin. Analysts import the months they need first
 * (those of the summit debate) and the months before them later; until then, the quotes of the first months point at
 * nothing, and a passage quoted in five of them counts as five statements. Once an import has stored its messages,
 * the untraced quotes of the messages that earlier imports stored, and that were sent late enough to quote one of the
 * new messages, are looked up again. A quote found is credited to its origin's poster, as if it had been traced when
 * it was stored. A speaker an analyst chose by hand stays.
 */
@Component
class UntracedQuotes {

    private static final String UNTRACED = """
            select b.id, b.message_id, m.sent_at, b.start_offset, b.end_offset,
                   substring(m.body, b.start_offset + 1, b.end_offset - b.start_offset)
              from message m join message_block b on b.message_id = m.id
             where m.project_id = :project and b.role = 'QUOTE' and b.origin_message_id is null
               and b.speaker_set_by is null and\s""";

    private static final Logger LOG = LoggerFactory.getLogger(UntracedQuotes.class);
    private static final int IDS_AT_ONCE = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;

    UntracedQuotes(DataSource dataSource, ApplicationEventPublisher events) {
        this.jdbc = new JdbcTemplate(dataSource);
        // The quotes' texts are handed on as they arrive; PostgreSQL streams only with a fetch size.
        this.jdbc.setFetchSize(1000);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.events = events;
    }

    /**
     * @param origins the project's messages, with those the import stored added: a quote sent before the earliest of
     *     these cannot quote any of them
     * @param storedNow the ids of the messages the import stored: their quotes it traced already, and a quote found now
     *     is traced only to one of them
     * @param amongMessages when given, only these messages' quotes are looked at: those known to share passages with
     *     the new messages ({@link TextSharingMessages}), among which is every message quoting one of them
     * @return how many quotes were traced; none when no message the import stored has a date
     */
    @Transactional
    int traceAgain(long projectId, ProjectOrigins origins, Set<Long> storedNow, Optional<Set<Long>> amongMessages) {
        Optional<Instant> earliest = origins.earliestAdded();
        if (earliest.isEmpty()) {
            return 0;
        }
        Instant earliestStored = earliest.get();
        long started = System.nanoTime();
        List<Object[]> updates = new ArrayList<>();
        List<QuotesTraced.Quote> traced = new ArrayList<>();
        RowCallbackHandler tracing = row -> trace(row, storedNow, origins, updates, traced);
        OffsetDateTime since = earliestStored.atOffset(ZoneOffset.UTC);
        if (amongMessages.isEmpty()) {
            named.query(UNTRACED + "m.sent_at >= :since", Map.of("project", projectId, "since", since), tracing);
            named.query(UNTRACED + "m.sent_at is null", Map.of("project", projectId), tracing);
        } else {
            for (List<Long> some : ListUtils.partition(List.copyOf(amongMessages.get()), IDS_AT_ONCE)) {
                named.query(
                        UNTRACED + "(m.sent_at >= :since or m.sent_at is null) and m.id in (:ids)",
                        Map.of("project", projectId, "since", since, "ids", some),
                        tracing);
            }
        }
        jdbc.batchUpdate("""
                update message_block
                   set origin_message_id = ?, origin_start = ?, origin_end = ?, speaker_id = ?, evidence = ?,
                       confidence = ?
                 where id = ?""", updates);
        if (!traced.isEmpty()) {
            events.publishEvent(new QuotesTraced(traced));
        }
        LOG.info(
                "Project {}: traced {} quotes of earlier imports' messages sent since {} to where they were first"
                        + " written, in {} ms",
                projectId,
                traced.size(),
                earliestStored,
                (System.nanoTime() - started) / 1_000_000);
        return traced.size();
    }

    private static void trace(
            ResultSet row,
            Set<Long> storedNow,
            ProjectOrigins origins,
            List<Object[]> updates,
            List<QuotesTraced.Quote> traced)
            throws SQLException {
        long messageId = row.getLong(2);
        if (storedNow.contains(messageId)) {
            return;
        }
        OffsetDateTime sentAt = row.getObject(3, OffsetDateTime.class);
        Optional<QuotedFrom> found =
                origins.originOfStoredQuote(row.getString(6), sentAt == null ? null : sentAt.toInstant());
        // Only a message this import brought. Any other was known when the quote was stored, or when its own import
        // traced earlier quotes again, and was not taken then (within one import, a reply read before what it quotes
        // is not traced to it). Taken now, old quotes would change with every later import, however unrelated, and
        // the report would credit them to it.
        if (found.isEmpty() || !storedNow.contains(found.get().messageId())) {
            return;
        }
        QuotedFrom origin = found.get();
        updates.add(new Object[] {
            origin.messageId(),
            origin.start(),
            origin.end(),
            origin.posterId(),
            FieldLimits.clip(origin.evidence(), FieldLimits.EVIDENCE),
            origin.confidence(),
            row.getLong(1)
        });
        traced.add(
                new QuotesTraced.Quote(messageId, row.getInt(4), row.getInt(5), origin.messageId(), origin.posterId()));
    }
}
