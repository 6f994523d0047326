package org.caucus.network;

import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caucus.analysis.ComparisonScope;

/**
 * The filters of a {@link ComparisonScope} as JPQL conditions on a coded passage {@code a} and its
 * message {@code m}. All of the networks' filtering is here, so that it can later be shared with
 * the position matrix's.
 */
final class ScopeFilter {

    private final ComparisonScope scope;

    ScopeFilter(ComparisonScope scope) {
        this.scope = scope;
    }

    /** Whether the conditions read the message: then the query must join it as {@code m}. */
    boolean readsMessage() {
        return scope.from() != null
                || scope.to() != null
                || !scope.lists().isEmpty()
                || !scope.threadIds().isEmpty();
    }

    /** The conditions, each starting with {@code and}; empty when the scope takes every passage. */
    String conditions() {
        List<String> conditions = new ArrayList<>();
        if (scope.from() != null) {
            conditions.add("m.sentAt >= :scopeFrom");
        }
        if (scope.to() != null) {
            // Days are inclusive: up to the start of the next day, in UTC.
            conditions.add("m.sentAt < :scopeUntil");
        }
        if (!scope.lists().isEmpty()) {
            conditions.add("m.listName in :scopeLists");
        }
        if (!scope.threadIds().isEmpty()) {
            conditions.add("m.threadId in :scopeThreads");
        }
        if (!scope.coders().isEmpty()) {
            conditions.add("a.coder in :scopeCoders");
        }
        if (!scope.qualifiers().isEmpty()) {
            conditions.add("a.qualifier in :scopeQualifiers");
        }
        return conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
    }

    /** Binds the parameters that {@link #conditions()} named. */
    <Q extends Query> Q bind(Q query) {
        if (scope.from() != null) {
            query.setParameter(
                    "scopeFrom", scope.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (scope.to() != null) {
            query.setParameter(
                    "scopeUntil",
                    scope.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (!scope.lists().isEmpty()) {
            query.setParameter("scopeLists", scope.lists());
        }
        if (!scope.threadIds().isEmpty()) {
            query.setParameter("scopeThreads", scope.threadIds());
        }
        if (!scope.coders().isEmpty()) {
            query.setParameter("scopeCoders", scope.coders());
        }
        if (!scope.qualifiers().isEmpty()) {
            query.setParameter("scopeQualifiers", scope.qualifiers());
        }
        return query;
    }

    /** How the passages of a group are counted: each statement once, every occurrence, or each message once. */
    String passageCount() {
        return switch (scope.counting()) {
            // A passage and its quotes share a statement key.
            case STATEMENTS -> "count(distinct a.statementKey)";
            case OCCURRENCES -> "count(a)";
            case MESSAGES -> "count(distinct a.message.id)";
        };
    }
}
