package org.caucus.cli;

import java.io.PrintStream;
import java.util.Set;

/** One subcommand of {@code java -jar caucus.jar}. */
interface Command {

    int OK = 0;
    int SOME_FAILED = 1;
    int BAD_ARGUMENTS = 2;

    String name();

    /** The options that take no value. */
    default Set<String> flags() {
        return Set.of();
    }

    /** The options, shown when the arguments are wrong. */
    String usage();

    /**
     * @return the process exit code
     * @throws UsageException when the arguments do not make sense
     */
    int run(CommandArguments arguments, PrintStream out);
}
