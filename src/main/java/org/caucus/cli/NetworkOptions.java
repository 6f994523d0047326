package org.caucus.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.caucus.analysis.ComparisonScope;
import org.caucus.network.NetworkKind;
import org.caucus.network.NetworkLevel;
import org.caucus.network.NetworkRequest;
import org.caucus.network.TieWeight;

/**
 * Which network {@code export --format graphml} draws: {@code --network}, {@code --level} and
 * {@code --weight}, by default the congruence network of participants with ties counting shared
 * positions, as the Networks page first shows it.
 */
final class NetworkOptions {

    static final Set<String> NAMES = Set.of("network", "level", "weight");

    private NetworkOptions() {}

    static NetworkRequest request(CommandArguments arguments, ComparisonScope scope) {
        NetworkKind kind = one(arguments, "network", NetworkKind.CONGRUENCE);
        NetworkLevel level =
                arguments.option("level").map(value -> level(value)).orElse(NetworkLevel.PARTICIPANTS);
        TieWeight weight = one(arguments, "weight", TieWeight.POSITIONS);
        return new NetworkRequest(kind, level, weight, scope);
    }

    /** {@code participant} or {@code participants}: both read naturally after {@code --level}. */
    private static NetworkLevel level(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(NetworkLevel.values())
                .filter(level -> {
                    String plural = level.name().toLowerCase(Locale.ROOT);
                    return wanted.equals(plural) || wanted.equals(plural.substring(0, plural.length() - 1));
                })
                .findFirst()
                .orElseThrow(() -> new UsageException("--level '" + value + "' must be participant or organisation."));
    }

    private static <E extends Enum<E>> E one(CommandArguments arguments, String option, E otherwise) {
        String value = arguments.option(option).orElse(null);
        if (value == null) {
            return otherwise;
        }
        E[] constants = otherwise.getDeclaringClass().getEnumConstants();
        return Arrays.stream(constants)
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new UsageException("--" + option + " '" + value + "' must be one of "
                        + Arrays.stream(constants)
                                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))
                        + "."));
    }
}
