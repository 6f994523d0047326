package org.caucus.cli;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.caucus.corpus.ImportCounts;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.PastImport;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * {@code imports}: lists a project's imports, newest first, each with the number {@code remove-import} takes, when it
 * started (UTC), how it ended, its counts and what it read.
 */
@Component
class ImportsCommand implements Command {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProjectService projects;
    private final ImportHistory history;

    ImportsCommand(ProjectService projects, ImportHistory history) {
        this.projects = projects;
        this.history = history;
    }

    @Override
    public String name() {
        return "imports";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project"));
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("takes no operands; name the project with --project.");
        }
        Project project = QdpxExportCommand.existingProject(projects, arguments.required("project"));
        out.println("import\tstarted (UTC)\toutcome\tread\timported\tduplicates\twarnings\tfailed\twhat");
        for (PastImport run : history.of(project.getId())) {
            ImportCounts counts = run.counts();
            out.println(String.join(
                    "\t",
                    String.valueOf(run.runId()),
                    STARTED.format(run.startedAt().atOffset(ZoneOffset.UTC)),
                    run.removed() ? "removed" : run.status().name().toLowerCase(Locale.ROOT),
                    String.valueOf(counts.read()),
                    String.valueOf(counts.imported()),
                    String.valueOf(counts.duplicates()),
                    String.valueOf(counts.warnings()),
                    String.valueOf(counts.failed()),
                    run.sources()));
        }
        return OK;
    }
}
