package org.caucus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.ImportReport;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * {@code import}: reads archives, mbox files, e-mail files, zips and saved pages, or the months of a list's archive on
 * the web (pipermail or HyperKitty) from its address, into a project (created if absent), prints the report, and exits 0 when every
 * message was read, 1 when some failed.
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
        return "--data-dir DIR --project NAME [--report out.csv]"
                + " (FILE_OR_FOLDER... | [--from YYYY-MM] [--to YYYY-MM] LIST_URL)";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project", "report", "from", "to"));
        String projectName = arguments.required("project");
        List<String> operands = arguments.operands();
        if (operands.isEmpty()) {
            throw new UsageException("Name at least one file or folder, or a list's archive address, to import.");
        }
        boolean list = operands.stream().anyMatch(ImportCommand::isAddress);
        ImportReport report =
                list ? importList(arguments, projectName, operands) : importFiles(arguments, projectName, operands);
        // The process ends with the command: the search index is to hold the messages by then.
        searchIndex.awaitImportsIndexed();
        out.println(projectName + ": " + report.summary());
        report.problems()
                .forEach(problem ->
                        out.println("%-9s%s".formatted(problem.outcome().label(), located(problem))));
        arguments.option("report").map(Path::of).ifPresent(file -> writeReport(report, file));
        return report.allRead() ? OK : SOME_FAILED;
    }

    private ImportReport importFiles(CommandArguments arguments, String projectName, List<String> operands) {
        if (arguments.option("from").isPresent() || arguments.option("to").isPresent()) {
            throw new UsageException("--from and --to choose the months of a list's archive address; files and"
                    + " folders are imported whole.");
        }
        List<Path> sources = operands.stream().map(Path::of).toList();
        sources.stream().filter(Files::notExists).findFirst().ifPresent(missing -> {
            throw new UsageException(missing + " does not exist.");
        });
        return importer.importPaths(project(projectName), sources, progress());
    }

    private ImportReport importList(CommandArguments arguments, String projectName, List<String> operands) {
        if (operands.size() > 1) {
            throw new UsageException("Give one list's archive address, or files and folders; import each list"
                    + " with a command of its own.");
        }
        YearMonth from = month(arguments, "from");
        YearMonth to = month(arguments, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to + ".");
        }
        return importer.importListUrl(project(projectName), operands.getFirst(), from, to, progress());
    }

    private static ImportProgress progress() {
        return new ConsoleProgress(System.err, System::nanoTime);
    }

    private Project project(String name) {
        return projects.findByName(name).orElseGet(() -> projects.create(name));
    }

    private static boolean isAddress(String operand) {
        String lower = operand.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static YearMonth month(CommandArguments arguments, String option) {
        String value = arguments.option(option).orElse(null);
        try {
            return value == null ? null : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " needs a month such as 2013-11, not '" + value + "'.");
        }
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
