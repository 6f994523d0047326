package org.caucus.export;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.coding.StanceQualifier;

/**
 * The comparison scope as SQL, for the sheets that query the database themselves. Every query
 * names the message {@code m} and, where passages count, the annotation {@code a}; the conditions
 * here are appended to its {@code where} clause, so all sheets of one export filter alike.
 *
 * <p>Why SQL and not analysis's JPQL {@code ScopeFilter}: the "Coded passages" sheet, the CSV and
 * the Messages sheet stream up to a million rows through {@link StreamingJdbc} with a fetch size,
 * which a JPQL result list cannot do in a small heap (see {@code benchmark-export}). It must honour
 * every {@link ComparisonScope} field the JPQL one does (dates, lists, threads, coders, qualifiers);
 * {@link PassageTallies} counts the passages it selects as {@link Counting#aggregate()} does.
 */
final class ScopeFilter {

    private final ComparisonScope scope;
    private final Map<String, Object> parameters = new HashMap<>();

    ScopeFilter(long projectId, ComparisonScope scope) {
        this.scope = scope;
        parameters.put("project", projectId);
        if (scope.from() != null) {
            parameters.put("from", scope.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (scope.to() != null) {
            parameters.put("untilNextDay", scope.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        parameters.put("lists", scope.lists());
        parameters.put("threads", scope.threadIds());
        parameters.put("coders", scope.coders());
        parameters.put(
                "qualifiers",
                scope.qualifiers().stream().map(StanceQualifier::name).toList());
    }

    /** Conditions on the message {@code m}: its project, dates, list and thread. */
    String onMessages() {
        StringBuilder where = new StringBuilder(" m.project_id = :project");
        if (scope.from() != null) {
            where.append(" and m.sent_at >= :from");
        }
        if (scope.to() != null) {
            where.append(" and m.sent_at < :untilNextDay");
        }
        if (!scope.lists().isEmpty()) {
            where.append(" and m.list_name in (:lists)");
        }
        if (!scope.threadIds().isEmpty()) {
            where.append(" and m.thread_id in (:threads)");
        }
        return where.toString();
    }

    /** Conditions on the annotation {@code a} alone: coder and qualifier. */
    String onAnnotations() {
        StringBuilder where = new StringBuilder();
        if (!scope.coders().isEmpty()) {
            where.append(" and a.coder in (:coders)");
        }
        if (!scope.qualifiers().isEmpty()) {
            where.append(" and a.qualifier in (:qualifiers)");
        }
        return where.toString();
    }

    /** Conditions on a passage and the message it lies in. */
    String onPassages() {
        return onMessages() + onAnnotations();
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
