package org.caucus.analysis;

import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The JPQL condition that restricts coded passages {@code a} (of message {@code m}) to a project
 * and a comparison scope, with the values bound as parameters. Every comparison query shares it, so
 * that a page's matrix, drill-down, timeline, co-occurrence and the networks always cover the same
 * passages.
 *
 * <p>Use: {@code "select ..." + FROM + filter.where()}, then {@link #bind} the query. The filter
 * binds the parameters {@code project}, {@code from}, {@code to}, {@code lists}, {@code threads},
 * {@code coders}, {@code qualifiers} (and {@code row}, {@code issue} when asked for); callers'
 * own conditions must use other names. {@link Counting#aggregate()} counts in the scope's mode.
 */
public final class ScopeFilter {

    /** The passages and their messages, for a condition that names no speaker. */
    static final String PASSAGES = " from Annotation a join a.message m";

    /** The joins the condition needs; speaker {@code s} may be absent. */
    public static final String FROM = PASSAGES + " left join a.speaker s";

    private final List<String> conditions = new ArrayList<>();
    private final List<Consumer<Query>> bindings = new ArrayList<>();

    private ScopeFilter() {}

    public static ScopeFilter of(long projectId, ComparisonScope scope) {
        ScopeFilter filter = new ScopeFilter();
        filter.add("m.project.id = :project", query -> query.setParameter("project", projectId));
        if (scope.from() != null) {
            filter.add(
                    "m.sentAt >= :from",
                    query -> query.setParameter(
                            "from", scope.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (scope.to() != null) {
            filter.add(
                    "m.sentAt < :to",
                    query -> query.setParameter(
                            "to", scope.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (!scope.lists().isEmpty()) {
            filter.add("m.listName in :lists", query -> query.setParameter("lists", scope.lists()));
        }
        if (!scope.threadIds().isEmpty()) {
            filter.add("m.threadId in :threads", query -> query.setParameter("threads", scope.threadIds()));
        }
        if (!scope.coders().isEmpty()) {
            filter.add("a.coder in :coders", query -> query.setParameter("coders", scope.coders()));
        }
        if (!scope.qualifiers().isEmpty()) {
            filter.add("a.qualifier in :qualifiers", query -> query.setParameter("qualifiers", scope.qualifiers()));
        }
        return filter;
    }

    /** Adds a condition of the caller's own, such as one cell's row and position. */
    public ScopeFilter and(String condition, Consumer<Query> binding) {
        add(condition, binding);
        return this;
    }

    /** Only the passages of one matrix row; {@code key} {@code null} is the row without one. */
    ScopeFilter row(Rollup rollup, String key) {
        add(rollup.rowCondition(key), query -> {
            if (key != null) {
                query.setParameter("row", rollup.parameter(key));
            }
        });
        return this;
    }

    /** Only the passages coded with a position of this issue. */
    ScopeFilter issue(String name) {
        add("a.position.issue.name = :issue", query -> query.setParameter("issue", name));
        return this;
    }

    /** {@code " where ..."}, to follow {@link #FROM}. */
    public String where() {
        return " where " + String.join(" and ", conditions);
    }

    /** Binds every parameter the conditions name. */
    public <Q extends Query> Q bind(Q query) {
        bindings.forEach(binding -> binding.accept(query));
        return query;
    }

    private void add(String condition, Consumer<Query> binding) {
        conditions.add(condition);
        bindings.add(binding);
    }
}
