package org.caucus.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments after the subcommand: {@code --name value} options, {@code --flag} switches and
 * plain operands, in the GNU style scripts expect.
 */
final class CommandArguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private CommandArguments() {}

    /**
     * @param flags the options that take no value
     */
    static CommandArguments parse(List<String> arguments, Set<String> flags) {
        CommandArguments parsed = new CommandArguments();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                parsed.operands.add(argument);
                continue;
            }
            String name = argument.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                parsed.options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (flags.contains(name)) {
                parsed.options.put(name, "true");
            } else if (i + 1 < arguments.size()) {
                parsed.options.put(name, arguments.get(++i));
            } else {
                throw new UsageException("--" + name + " needs a value.");
            }
        }
        return parsed;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException("--" + name + " is required."));
    }

    /** A whole number above zero given as {@code --name}, or {@code otherwise} when absent; 1,000 and 1_000 are read as 1000. */
    int positiveCount(String name, int otherwise) {
        String value = option(name).orElse(null);
        if (value == null) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a positive whole number, not '" + value + "'.");
        }
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The names of the options given, without their dashes. */
    Set<String> optionNames() {
        return Set.copyOf(options.keySet());
    }

    List<String> operands() {
        return List.copyOf(operands);
    }

    /** Refuses options the command does not know, so that a typo is not silently ignored. */
    void allowOnly(Set<String> known) {
        options.keySet().stream()
                .filter(name -> !known.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new UsageException("Unknown option --" + name + ".");
                });
    }
}
