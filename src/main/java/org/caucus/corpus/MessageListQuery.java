package org.caucus.corpus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.collections4.ListUtils;
import org.caucus.project.BlindCoding;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The message list's statements. Coded passages belong to the coding module, which depends on this one, so they are
 * read here through the {@code annotation} table by SQL (see
 * docs/decisions/2026-11-29-message-list-reads-coded-passages.md).
 *
 * <p>The statements are SQL rather than criteria queries: Hibernate writes an order by a selected column as its
 * position ({@code order by 1}), after which H2 no longer reads the index that holds the rows in that order, and
 * translating a criteria query again for every page the grid asks for costs more than reading the page. A page reads
 * only its own rows.
 *
 * <p>Under blind coding the counts and the coded filters see the current coder's passages only.
 */
@Repository
class MessageListQuery {

    // Ids per statement when an unpaged list (a thread's) reads its lines, within what a statement's parameters may
    // number.
    private static final int IDS_PER_QUERY = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final BlindCoding blindCoding;

    MessageListQuery(NamedParameterJdbcTemplate jdbc, BlindCoding blindCoding) {
        this.jdbc = jdbc;
        this.blindCoding = blindCoding;
    }

    /**
     * One page of the list, read in two steps: the page's message ids in list order, then those messages' lines. H2
     * reads an index in order only when the query selects nothing the index lacks; asked for a poster's name at once,
     * it reads every matching message and sorts them, which at 100,000 messages takes half a second for any page.
     */
    List<MessageListRow> rows(long projectId, MessageFilter filter, Pageable pageable) {
        Optional<String> coder = blindCoding.onlyOwnCoding(projectId);
        MessageListConditions conditions = new MessageListConditions(projectId, filter, coder);
        MapSqlParameterSource parameters = conditions.parameters();
        if (pageable.isPaged()) {
            parameters.addValue("offset", pageable.getOffset()).addValue("size", pageable.getPageSize());
        }
        List<Long> ids = jdbc.queryForList(conditions.pageIdsStatement(pageable.isPaged()), parameters, Long.class);
        Map<Long, MessageListRow> lines = new HashMap<>();
        for (List<Long> some : ListUtils.partition(ids, IDS_PER_QUERY)) {
            lines(some, coder).forEach(line -> lines.put(line.id(), line));
        }
        return ids.stream().map(lines::get).filter(Objects::nonNull).toList();
    }

    long count(long projectId, MessageFilter filter) {
        MessageListConditions conditions =
                new MessageListConditions(projectId, filter, blindCoding.onlyOwnCoding(projectId));
        return jdbc.queryForObject(conditions.countStatement(), conditions.parameters(), Long.class);
    }

    /** The lines of the messages {@code ids}, with how many passages (of {@code coder}, if given) each holds. */
    private List<MessageListRow> lines(List<Long> ids, Optional<String> coder) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", ids);
        String ownPassages = coder.map(own -> {
                    parameters.addValue("coder", own);
                    return " and a.coder = :coder";
                })
                .orElse("");
        return jdbc.query(
                "select m.id, m.sent_at, m.sent_offset_seconds, p.display_name, m.subject, m.list_name, m.thread_id,"
                        + " (select count(*) from annotation a where a.message_id = m.id" + ownPassages + ")"
                        + " from message m left join participant p on p.id = m.poster_id where m.id in (:ids)",
                parameters,
                (row, i) -> line(row));
    }

    private static MessageListRow line(ResultSet row) throws SQLException {
        OffsetDateTime sentAt = row.getObject(2, OffsetDateTime.class);
        return new MessageListRow(
                row.getLong(1),
                sentAt == null ? null : sentAt.toInstant(),
                row.getObject(3, Integer.class),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getObject(7, Long.class),
                row.getLong(8));
    }
}
