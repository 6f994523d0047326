package org.caucus.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.coding.StanceQualifier;

/**
 * A comparison scope as command-line options, both ways: the {@code export} command reads them,
 * and the About sheet writes them, so that a reader can run the same export again.
 */
public final class ScopeOptions {

    /** The switch that counts the consensus coder's passages only, instead of a coder list. */
    public static final String CONSENSUS = "consensus";

    /** The option names, without their leading dashes. */
    public static final Set<String> NAMES =
            Set.of("from", "to", "list", "thread", "coder", CONSENSUS, "qualifier", "counting");

    private ScopeOptions() {}

    /**
     * @param options option name to value; lists are comma-separated
     * @throws IllegalArgumentException naming the option and the value that is wrong
     */
    public static ComparisonScope parse(Map<String, String> options) {
        Counting counting = options.containsKey("counting")
                ? parseOne("counting", options.get("counting"), Counting.class)
                : Counting.STATEMENTS;
        LocalDate from = date(options, "from");
        LocalDate to = date(options, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from + ".");
        }
        if (options.containsKey(CONSENSUS) && options.containsKey("coder")) {
            throw new IllegalArgumentException("--consensus counts the consensus coder's passages only; leave out"
                    + " --coder " + options.get("coder") + ", or --consensus.");
        }
        ComparisonScope scope = new ComparisonScope(
                from,
                to,
                values(options, "list", Function.identity()),
                values(options, "thread", value -> {
                    try {
                        return Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--thread '" + value + "' is not a thread id (a number).");
                    }
                }),
                values(options, "coder", Function.identity()),
                values(options, "qualifier", value -> parseOne("qualifier", value, StanceQualifier.class)),
                counting);
        return options.containsKey(CONSENSUS) ? scope.withConsensusOnly() : scope;
    }

    /** The options that select {@code scope}, in a fixed order; an empty list for the whole project. */
    public static List<String> format(ComparisonScope scope) {
        List<String> arguments = new ArrayList<>();
        if (scope.from() != null) {
            arguments.addAll(List.of("--from", scope.from().toString()));
        }
        if (scope.to() != null) {
            arguments.addAll(List.of("--to", scope.to().toString()));
        }
        addJoined(arguments, "list", scope.lists());
        addJoined(arguments, "thread", scope.threadIds());
        if (scope.consensusOnly()) {
            arguments.add("--" + CONSENSUS);
        } else {
            addJoined(arguments, "coder", scope.coders());
        }
        addJoined(
                arguments,
                "qualifier",
                scope.qualifiers().stream().map(StanceQualifier::label).collect(Collectors.toSet()));
        arguments.addAll(List.of("--counting", scope.counting().name().toLowerCase(Locale.ROOT)));
        return arguments;
    }

    private static void addJoined(List<String> arguments, String name, Set<?> values) {
        if (!values.isEmpty()) {
            arguments.add("--" + name);
            arguments.add(values.stream().map(Object::toString).sorted().collect(Collectors.joining(",")));
        }
    }

    private static LocalDate date(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + name + " '" + value + "' is not a date like 2013-11-13.");
        }
    }

    private static <T> Set<T> values(Map<String, String> options, String name, Function<String, T> parser) {
        String value = options.get(name);
        if (value == null) {
            return Set.of();
        }
        Set<T> parsed = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                parsed.add(parser.apply(part.strip()));
            }
        }
        return parsed;
    }

    private static <E extends Enum<E>> E parseOne(String name, String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--" + name + " '" + value + "' must be one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))
                        + "."));
    }
}
