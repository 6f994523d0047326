package org.caucus.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.caucus.coding.StanceQualifier;

/**
 * A comparison scope as address parameters ({@code from}, {@code to}, {@code list}, {@code thread},
 * {@code coder}, {@code qualifier}, {@code count}), both ways. The comparison pages keep their
 * filters in the address this way, and the export dialog opened from one of them reads the same
 * address, so that the export covers what the page showed.
 *
 * <p>Values that do not parse are left out and described in {@code problems}, so that a mistyped
 * address still shows a page and says what it ignored.
 */
public final class ScopeParameters {

    private ScopeParameters() {}

    public static ComparisonScope parse(Map<String, List<String>> values, List<String> problems) {
        LocalDate from = date(values, "from", problems);
        LocalDate to = date(values, "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to=" + to + " is before from=" + from + "; the dates were ignored");
            from = null;
            to = null;
        }
        return new ComparisonScope(
                from,
                to,
                Set.copyOf(values.getOrDefault("list", List.of())),
                parsed(values, "thread", Long::valueOf, "a thread number", problems),
                Set.copyOf(values.getOrDefault("coder", List.of())),
                parsed(values, "qualifier", ScopeParameters::qualifier, "supports, opposes or neutral", problems),
                one(values, "count", Counting.STATEMENTS, problems));
    }

    /** Puts the parameters that select {@code scope} into {@code values}, leaving out what is the default. */
    public static void put(ComparisonScope scope, Map<String, List<String>> values) {
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
                scope.qualifiers().stream().sorted().map(ScopeParameters::name).toList());
        if (scope.counting() != Counting.STATEMENTS) {
            values.put("count", List.of(name(scope.counting())));
        }
    }

    /** {@code STAKEHOLDER_GROUP} as {@code stakeholder-group}: addresses read better in lower case. */
    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant named by parameter {@code key}, or {@code otherwise} (with a problem) when it names none. */
    public static <E extends Enum<E>> E one(
            Map<String, List<String>> values, String key, E otherwise, List<String> problems) {
        String value = first(values, key);
        if (value == null) {
            return otherwise;
        }
        E[] constants = otherwise.getDeclaringClass().getEnumConstants();
        for (E constant : constants) {
            if (name(constant).equals(value)) {
                return constant;
            }
        }
        problems.add(key + "=" + value + " is not one of "
                + String.join(
                        ", ",
                        Arrays.stream(constants).map(ScopeParameters::name).toList())
                + "; " + name(otherwise) + " was used");
        return otherwise;
    }

    public static String first(Map<String, List<String>> values, String key) {
        List<String> list = values.getOrDefault(key, List.of());
        return list.isEmpty() ? null : list.getFirst();
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

    private static void putAll(Map<String, List<String>> values, String key, List<String> list) {
        if (!list.isEmpty()) {
            values.put(key, list);
        }
    }
}
