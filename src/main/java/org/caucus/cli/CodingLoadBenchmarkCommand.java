package org.caucus.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-coders}: the load check of a team coding at once (issue 8). Simulated coders
 * code, change and delete passages of a few shared messages for a minute; the report gives saves
 * per second and latencies per operation beside one coder alone in the same run, the saves refused
 * as stale and the attempts repeated after a deadlock, and whether the database equals the log of
 * acknowledged saves. Exits 1 when it does not, or when a coder met an error nobody handled.
 */
@Component
class CodingLoadBenchmarkCommand implements Command {

    static final String PROJECT = "benchmark-coders";

    private final CodingLoad load;
    private final ProjectService projects;
    private final DataSource dataSource;

    CodingLoadBenchmarkCommand(CodingLoad load, ProjectService projects, DataSource dataSource) {
        this.load = load;
        this.projects = projects;
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "benchmark-coders";
    }

    @Override
    public String usage() {
        return "--data-dir DIR [--coders 20] [--seconds 60] [--reference-seconds 15] [--messages 50] [--pool 10]"
                + " [--seed 1] [--project " + PROJECT + "]";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("coders", "seconds", "reference-seconds", "messages", "pool", "seed", "project"));
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("The benchmark takes no files: it writes its own debate.");
        }
        int seconds = arguments.positiveCount("seconds", 60);
        int messages = arguments.positiveCount("messages", 50);
        int pool = arguments.positiveCount("pool", 10);
        if (pool > messages) {
            throw new UsageException("--pool (" + pool + ") cannot exceed --messages (" + messages + ").");
        }
        CodingLoad.Plan plan = new CodingLoad.Plan(
                arguments.positiveCount("coders", 20),
                seconds,
                arguments.positiveCount("reference-seconds", Math.max(1, seconds / 4)),
                messages,
                pool,
                arguments.positiveCount("seed", 1));
        String project = arguments.option("project").orElse(PROJECT);
        if (projects.findByName(project).isPresent()) {
            throw new UsageException("The database already holds a project '" + project
                    + "': give --data-dir an empty folder, or another --project.");
        }
        out.println("Database: " + database());
        CodingLoad.Outcome outcome = load.run(project, plan);
        new CodingLoadReport(out).print(outcome);
        return outcome.consistent() ? OK : SOME_FAILED;
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + meta.getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
