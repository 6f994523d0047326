package org.caucus.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.collections4.ListUtils;
import org.caucus.project.Project;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quotes in other messages whose text was first written in messages an analyst removes (an import taken back).
 * Their speaker was the removed message's poster, whatever their own message said; with the origin gone, each is
 * attributed as its message alone attributes it (the attribution line above it, a header it follows), as if the
 * removed messages had never been imported. What that leaves unknown is credited up the thread afterwards, by {@link
 * ThreadEvidence}, and a later import that brings the text back traces them to it again ({@link UntracedQuotes}). A
 * speaker an analyst chose by hand stays.
 */
@Component
class QuotesOfRemovedMessages {

    // Ids per statement, within what a statement's parameters may number.
    private static final int IDS_AT_ONCE = 500;

    // The evidence of a quote whose block the segmenter no longer cuts as it was stored, so its message says nothing.
    private static final String NOT_CUT_AS_STORED = "no attribution found (its message is now read otherwise)";

    // Up the thread as far as a reply chain goes in practice; a loop in stored parents cannot hold it longer.
    private static final int MOST_ANCESTORS = 100;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ParticipantDirectory directory;
    private final ApplicationEventPublisher events;
    private final BodySegmenter segmenter = new BodySegmenter();

    QuotesOfRemovedMessages(JdbcTemplate jdbc, ParticipantDirectory directory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.directory = directory;
        this.events = events;
    }

    /** A quote traced to a message about to be removed, in a message that stays. */
    record Quote(long blockId, long messageId, int start, int end) {}

    /**
     * The quotes, outside {@code removed}, whose text was first written in one of {@code removed}; asked before they
     * go, for removing them forgets where the quotes came from.
     */
    List<Quote> tracedTo(Collection<Long> removed) {
        Set<Long> leaving = Set.copyOf(removed);
        List<Quote> quotes = new ArrayList<>();
        for (List<Long> ids : ListUtils.partition(List.copyOf(removed), IDS_AT_ONCE)) {
            named.query(
                    "select id, message_id, start_offset, end_offset from message_block"
                            + " where origin_message_id in (:ids) and speaker_set_by is null",
                    Map.of("ids", ids),
                    row -> {
                        Quote quote = new Quote(row.getLong(1), row.getLong(2), row.getInt(3), row.getInt(4));
                        if (!leaving.contains(quote.messageId())) {
                            quotes.add(quote);
                        }
                    });
        }
        return quotes;
    }

    /**
     * Attributes the quotes as their own messages do, once the removed messages are gone and the project threaded
     * again. A block the segmenter now cuts otherwise than when it was stored is left unknown.
     *
     * @return how many quotes were attributed afresh
     */
    int attributeAfresh(Project project, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return 0;
        }
        ParticipantIndex participants = directory.index(project);
        Map<Long, List<Quote>> byMessage = quotes.stream().collect(Collectors.groupingBy(Quote::messageId));
        Map<Quote, MessageWriter.Credited> credited = new HashMap<>();
        for (List<Long> ids : ListUtils.partition(List.copyOf(byMessage.keySet()), IDS_AT_ONCE)) {
            named.query(
                    "select m.id, m.body, m.poster_id, p.display_name from message m"
                            + " left join participant p on p.id = m.poster_id where m.id in (:ids)",
                    Map.of("ids", ids),
                    row -> {
                        long messageId = row.getLong(1);
                        Long posterId = row.getObject(3, Long.class);
                        Map<String, BodySegment> segments = new HashMap<>();
                        for (BodySegment segment : segmenter.segment(row.getString(2), row.getString(4))) {
                            segments.put(segment.start() + ":" + segment.end(), segment);
                        }
                        Supplier<List<Long>> upThread = () -> postersUpThread(messageId);
                        for (Quote quote : byMessage.get(messageId)) {
                            BodySegment segment = segments.get(quote.start() + ":" + quote.end());
                            credited.put(
                                    quote,
                                    segment == null
                                            ? null
                                            : MessageWriter.creditedByMessage(
                                                    segment, row.getString(4), posterId, participants, upThread));
                        }
                    });
        }
        List<Object[]> updates = new ArrayList<>();
        credited.forEach((quote, credit) -> {
            Long speakerId = credit == null ? null : credit.speakerId();
            updates.add(new Object[] {
                speakerId,
                credit == null
                        ? NOT_CUT_AS_STORED
                        : FieldLimits.clip(credit.segment().evidence(), FieldLimits.EVIDENCE),
                credit == null ? 0.0 : credit.segment().confidence(),
                quote.blockId()
            });
            events.publishEvent(new BlockSpeakerChanged(quote.messageId(), quote.start(), quote.end(), speakerId));
        });
        jdbc.batchUpdate("update message_block set speaker_id = ?, evidence = ?, confidence = ? where id = ?", updates);
        return updates.size();
    }

    /** The posters of the messages a message replies to, its parent's first, as the thread now stands. */
    private List<Long> postersUpThread(long messageId) {
        List<Long> posters = new ArrayList<>();
        Up up = upFrom(messageId);
        for (int steps = 0; up.parentId() != null && steps < MOST_ANCESTORS; steps++) {
            up = upFrom(up.parentId());
            if (up.posterId() != null) {
                posters.add(up.posterId());
            }
        }
        return posters;
    }

    /** A message's poster and the message it replies to, either {@code null} when there is none. */
    private record Up(Long posterId, Long parentId) {}

    private Up upFrom(long messageId) {
        return jdbc.queryForObject(
                "select poster_id, parent_id from message where id = ?",
                (row, i) -> new Up(row.getObject(1, Long.class), row.getObject(2, Long.class)),
                messageId);
    }
}
