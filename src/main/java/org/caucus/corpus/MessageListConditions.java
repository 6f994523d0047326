package org.caucus.corpus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A message filter as SQL over {@code message m}, and the list's order spelled to suit it. Only the filters that are set
 * become conditions, rather than {@code (:x is null or ...)} in one fixed statement, so that the database can pick the
 * index that fits each combination (see V0002).
 *
 * <p>Under blind coding ({@code coder} present) the coded filters see that coder's passages only.
 */
final class MessageListConditions {

    private final MessageFilter filter;
    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    MessageListConditions(long projectId, MessageFilter filter, Optional<String> coder) {
        this.filter = filter;
        parameters.addValue("project", projectId);
        if (filter.threadId() != null) {
            // A thread is found through its own index; its first message says whose project it is. Beside a condition
            // on the message's project, H2 may walk the project's index instead, as its statistics of the moment say.
            add(
                    "m.thread_id in (select t.id from message t where t.id = :thread and t.project_id = :project)",
                    "thread",
                    filter.threadId());
        }
        if (filter.importRunId() != null) {
            // The same for an import: it says whose project it is.
            add(
                    "m.import_run_id in (select r.id from import_run r where r.id = :importRun"
                            + " and r.project_id = :project)",
                    "importRun",
                    filter.importRunId());
        }
        if (filter.threadId() == null && filter.importRunId() == null) {
            conditions.add("m.project_id = :project");
        }
        if (filter.listName() != null) {
            add("m.list_name = :list", "list", filter.listName());
        }
        if (filter.posterId() != null) {
            add("m.poster_id = :poster", "poster", filter.posterId());
        }
        if (filter.sentFrom() != null) {
            add(
                    "m.sent_at >= :from",
                    "from",
                    OffsetDateTime.of(filter.sentFrom().atStartOfDay(), MessageFilter.DAYS_IN));
        }
        if (filter.sentTo() != null) {
            OffsetDateTime afterLastDay =
                    OffsetDateTime.of(filter.sentTo().plusDays(1).atStartOfDay(), MessageFilter.DAYS_IN);
            add("m.sent_at < :afterLastDay", "afterLastDay", afterLastDay);
        }
        String ownPassages = coder.map(own -> {
                    parameters.addValue("coder", own);
                    return " and a.coder = :coder";
                })
                .orElse("");
        String passages = "select 1 from annotation a where a.message_id = m.id" + ownPassages;
        switch (filter.coded()) {
            case CODED -> conditions.add("exists (" + passages + ")");
            case UNCODED -> conditions.add("not exists (" + passages + ")");
            case ANY -> {}
        }
        if (filter.positionId() != null) {
            add(
                    "m.id in (select a.message_id from annotation a where a.position_id = :position" + ownPassages
                            + ")",
                    "position",
                    filter.positionId());
        }
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.addValue(name, value);
    }

    /** The statement that counts the messages the filter lets through. */
    String countStatement() {
        return "select count(*) from message m where " + String.join(" and ", conditions);
    }

    /**
     * The statement that reads the ids of the messages the filter lets through, in list order; when {@code paged}, one
     * page of them, from parameters {@code offset} and {@code size}.
     */
    String pageIdsStatement(boolean paged) {
        return "select m.id from message m where " + String.join(" and ", conditions) + " order by " + listOrder()
                + (paged ? " offset :offset rows fetch next :size rows only" : "");
    }

    /** A fresh copy, to which a statement may add its own parameters. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource(parameters.getValues());
    }

    /**
     * The list's order, date then id, spelled as the columns of the index that serves the filter: H2 reads an index in
     * order only when the order names the index's columns from its first, even those the filter holds to one value.
     * A thread's messages and a position's are few, found through their own index and sorted; ordered as the project's
     * date index, H2 would walk that index instead. An import's are read in order off its own index (V0020).
     * PostgreSQL gives every spelling the same plan.
     */
    private String listOrder() {
        String byDate = "m.sent_at nulls last, m.id";
        if (filter.threadId() != null || filter.positionId() != null) {
            return byDate;
        }
        if (filter.importRunId() != null) {
            return "m.import_run_id, " + byDate;
        }
        if (filter.posterId() != null) {
            return "m.poster_id, " + byDate;
        }
        if (filter.listName() != null) {
            return "m.project_id, m.list_name, " + byDate;
        }
        return "m.project_id, " + byDate;
    }
}
