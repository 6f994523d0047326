package org.caucus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.ImportReport;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * {@code import}: reads archives, mbox files, e-mail files, zips and saved pages into a project
 * (created if absent), prints the report, and exits 0 when every message was read, 1 when some
 * failed.
 */
@Component
class ImportCommand implements Command {

    private final ProjectService projects;
    private final ArchiveImportService importer;
    private final SearchIndex searchIndex;

    ImportCommand(ProjectService projects, ArchiveImportService importer, SearchIndex searchIndex) {
        this.projects = projects;
        this.importer = importer;
        this.searchIndex = searchIndex;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME [--report out.csv] FILE_OR_FOLDER...";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project", "report"));
        String projectName = arguments.required("project");
        List<Path> sources = arguments.operands().stream().map(Path::of).toList();
        if (sources.isEmpty()) {
            throw new UsageException("Name at least one file or folder to import.");
        }
        sources.stream().filter(Files::notExists).findFirst().ifPresent(missing -> {
            throw new UsageException(missing + " does not exist.");
        });
        Project project = projects.findByName(projectName).orElseGet(() -> projects.create(projectName));
        ImportReport report = importer.importPaths(project, sources, ImportProgress.NONE);
        // The process ends with the command: the search index is to hold the messages by then.
        searchIndex.awaitImportsIndexed();
        out.println(project.getName() + ": " + report.summary());
        report.problems()
                .forEach(problem -> out.println((problem.failed() ? "failed   " : "warning  ") + located(problem)));
        arguments.option("report").map(Path::of).ifPresent(file -> writeReport(report, file));
        return report.allRead() ? OK : SOME_FAILED;
    }

    /** Readers already name the place in most reasons; the position is added only where one does not. */
    private static String located(ImportReport.Problem problem) {
        return problem.reason().startsWith(problem.sourceName())
                ? problem.reason()
                : problem.position() + ": " + problem.reason();
    }

    private static void writeReport(ImportReport report, Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            report.writeCsv(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report to " + file, e);
        }
    }
}
