package org.caucus.analysis.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.Period;
import org.caucus.analysis.Rollup;
import org.caucus.coding.StanceQualifier;

/**
 * What the comparison pages show, as it travels in the address: the scope's filters, the rollup,
 * and each page's own choice (pivot, issue, period, followed row). A page's address can thus be
 * bookmarked or sent to a colleague. Values that do not parse are left out and named in {@code
 * problems}, so that a mistyped address still shows a page and says what it ignored.
 */
record ComparisonQuery(
        ComparisonScope scope,
        Rollup rollup,
        boolean pivot,
        String issue,
        Period period,
        String row,
        List<String> problems) {

    static ComparisonQuery defaults() {
        return new ComparisonQuery(
                ComparisonScope.everything(), Rollup.PARTICIPANT, false, null, Period.MONTH, null, List.of());
    }

    static ComparisonQuery parse(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        List<String> problems = new ArrayList<>();
        LocalDate from = date(values, "from", problems);
        LocalDate to = date(values, "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to=" + to + " is before from=" + from + "; the dates were ignored");
            from = null;
            to = null;
        }
        ComparisonScope scope = new ComparisonScope(
                from,
                to,
                Set.copyOf(values.getOrDefault("list", List.of())),
                parsed(values, "thread", Long::valueOf, "a thread number", problems),
                Set.copyOf(values.getOrDefault("coder", List.of())),
                parsed(values, "qualifier", ComparisonQuery::qualifier, "supports, opposes or neutral", problems),
                one(values, "count", Counting.STATEMENTS, problems));
        return new ComparisonQuery(
                scope,
                one(values, "rows", Rollup.PARTICIPANT, problems),
                values.getOrDefault("pivot", List.of()).contains("true"),
                first(values, "issue"),
                one(values, "period", Period.MONTH, problems),
                first(values, "row"),
                List.copyOf(problems));
    }

    QueryParameters toParameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (scope.from() != null) {
            values.put("from", List.of(scope.from().toString()));
        }
        if (scope.to() != null) {
            values.put("to", List.of(scope.to().toString()));
        }
        putAll(values, "list", scope.lists().stream().sorted().toList());
        putAll(
                values,
                "thread",
                scope.threadIds().stream().sorted().map(String::valueOf).toList());
        putAll(values, "coder", scope.coders().stream().sorted().toList());
        putAll(
                values,
                "qualifier",
                scope.qualifiers().stream().sorted().map(ComparisonQuery::name).toList());
        if (scope.counting() != Counting.STATEMENTS) {
            values.put("count", List.of(name(scope.counting())));
        }
        if (rollup != Rollup.PARTICIPANT) {
            values.put("rows", List.of(name(rollup)));
        }
        if (pivot) {
            values.put("pivot", List.of("true"));
        }
        if (issue != null) {
            values.put("issue", List.of(issue));
        }
        if (period != Period.MONTH) {
            values.put("period", List.of(name(period)));
        }
        if (row != null) {
            values.put("row", List.of(row));
        }
        return new QueryParameters(values);
    }

    ComparisonQuery withScope(ComparisonScope changed) {
        return new ComparisonQuery(changed, rollup, pivot, issue, period, row, List.of());
    }

    ComparisonQuery withRollup(Rollup changed) {
        // A followed row belongs to one rollup; it means nothing in another.
        return new ComparisonQuery(scope, changed, pivot, issue, period, null, List.of());
    }

    ComparisonQuery withPivot(boolean changed) {
        return new ComparisonQuery(scope, rollup, changed, issue, period, row, List.of());
    }

    ComparisonQuery withIssue(String changed) {
        return new ComparisonQuery(scope, rollup, pivot, changed, period, row, List.of());
    }

    ComparisonQuery withPeriod(Period changed) {
        return new ComparisonQuery(scope, rollup, pivot, issue, changed, row, List.of());
    }

    ComparisonQuery withRow(String changed) {
        return new ComparisonQuery(scope, rollup, pivot, issue, period, changed, List.of());
    }

    /** {@code STAKEHOLDER_GROUP} as {@code stakeholder-group}: addresses read better in lower case. */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E one(
            Map<String, List<String>> values, String key, E otherwise, List<String> problems) {
        String value = first(values, key);
        if (value == null) {
            return otherwise;
        }
        for (E constant : otherwise.getDeclaringClass().getEnumConstants()) {
            if (name(constant).equals(value)) {
                return constant;
            }
        }
        problems.add(key + "=" + value + " is not one of "
                + String.join(
                        ", ",
                        java.util.Arrays.stream(otherwise.getDeclaringClass().getEnumConstants())
                                .map(ComparisonQuery::name)
                                .toList())
                + "; " + name(otherwise) + " was used");
        return otherwise;
    }

    private static StanceQualifier qualifier(String value) {
        for (StanceQualifier qualifier : StanceQualifier.values()) {
            if (name(qualifier).equals(value)) {
                return qualifier;
            }
        }
        throw new IllegalArgumentException(value);
    }

    private static <T> Set<T> parsed(
            Map<String, List<String>> values,
            String key,
            Function<String, T> parser,
            String expected,
            List<String> problems) {
        Set<T> parsed = new LinkedHashSet<>();
        for (String value : values.getOrDefault(key, List.of())) {
            try {
                parsed.add(parser.apply(value));
            } catch (IllegalArgumentException e) {
                problems.add(key + "=" + value + " is not " + expected + "; ignored");
            }
        }
        return parsed;
    }

    private static LocalDate date(Map<String, List<String>> values, String key, List<String> problems) {
        String value = first(values, key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(key + "=" + value + " is not a date (yyyy-mm-dd); ignored");
            return null;
        }
    }

    private static String first(Map<String, List<String>> values, String key) {
        List<String> list = values.getOrDefault(key, List.of());
        return list.isEmpty() ? null : list.getFirst();
    }

    private static void putAll(Map<String, List<String>> values, String key, List<String> list) {
        if (!list.isEmpty()) {
            values.put(key, list);
        }
    }
}
