package org.caucus.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caucus.account.CoderNames;
import org.caucus.account.LocalOperator;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a subcommand: starts the application without the web server or Vaadin, hands the arguments
 * to the command and returns its exit code (0 done, 1 some message failed, 2 bad arguments).
 */
public final class CaucusCommandLine {

    private static final Set<String> COMMANDS = Set.of(
            "import",
            "imports",
            "remove-import",
            "blocks",
            "export",
            "qdpx-export",
            "qdpx-import",
            "backup",
            "restore",
            "benchmark-import",
            "benchmark-comparison",
            "benchmark-export",
            "benchmark-search",
            "benchmark-messages",
            "benchmark-coders");

    // The web UI needs a servlet context, which a command has no use for.
    private static final String NO_VAADIN = String.join(
            ",",
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");

    private CaucusCommandLine() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * @param application the application class, passed in so that this package does not depend on
     *     the package that launches it
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        String name = args[0];
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        // As arguments, these outrank application.properties, which switches the demo on. A command's
        // context closes when the command ends, so an outdated search index is rebuilt before the
        // command runs rather than beside it: a rebuild still running at the close would hold the
        // index's lock against the next command in the same JVM.
        List<String> springArguments = new ArrayList<>(List.of(
                "--spring.autoconfigure.exclude=" + NO_VAADIN,
                "--caucus.demo.enabled=false",
                "--caucus.search.rebuild-in-background=false",
                "--logging.level.root=WARN",
                // What a command prints to standard output is its report or its data; log lines go beside it.
                "--caucus.log-target=System.err",
                "--logging.level.org.flywaydb=ERROR"));
        try {
            extractDataDir(rest).ifPresent(dir -> springArguments.add("--caucus.data-dir=" + dir));
        } catch (UsageException e) {
            err.println("caucus " + name + ": " + e.getMessage());
            return Command.BAD_ARGUMENTS;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(springArguments.toArray(String[]::new))) {
            Command command = context.getBeansOfType(Command.class).values().stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            // Whoever runs a command owns the data directory and could read the database directly, so the
            // command runs as the local operator, with every right in every project. It is named by
            // caucus.coder (the login name unless set), which is recorded on what it codes.
            LocalOperator.signIn(CoderNames.checked(
                    context.getEnvironment().getProperty("caucus.coder", System.getProperty("user.name")),
                    "The setting caucus.coder"));
            try {
                return command.run(CommandArguments.parse(rest, command.flags()), out);
            } catch (UsageException e) {
                err.println("caucus " + name + ": " + e.getMessage());
                err.println("usage: java -jar caucus.jar " + name + " " + command.usage());
                return Command.BAD_ARGUMENTS;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private static Optional<String> extractDataDir(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("--data-dir=")) {
                arguments.remove(i);
                return Optional.of(argument.substring("--data-dir=".length()));
            }
            if (argument.equals("--data-dir")) {
                if (i + 1 >= arguments.size()) {
                    throw new UsageException("--data-dir needs a folder.");
                }
                arguments.remove(i);
                return Optional.of(arguments.remove(i));
            }
        }
        return Optional.empty();
    }
}
