package org.caucus.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.caucus.analysis.ComparisonScope;
import org.caucus.exchange.ProjectBackup;
import org.caucus.exchange.QdpxWriter;
import org.caucus.export.ExportRequest;
import org.caucus.export.ExportService;
import org.caucus.export.ScopeOptions;
import org.caucus.export.WorkbookSheet;
import org.caucus.network.GraphMlWriter;
import org.caucus.network.Network;
import org.caucus.network.NetworkRequest;
import org.caucus.network.NetworkService;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * {@code export}: writes, for scheduled reports, the same files the pages write: the export
 * dialog's workbook or CSV, the Networks page's GraphML, and the Exchange page's REFI-QDA project
 * and backup. The workbook, CSV and network take the comparison page's filters as options.
 */
@Component
class ExportCommand implements Command {

    private final ProjectService projects;
    private final ExportService exports;
    private final NetworkService networks;
    private final QdpxWriter qdpx;
    private final ProjectBackup backup;

    ExportCommand(
            ProjectService projects,
            ExportService exports,
            NetworkService networks,
            QdpxWriter qdpx,
            ProjectBackup backup) {
        this.projects = projects;
        this.exports = exports;
        this.networks = networks;
        this.qdpx = qdpx;
        this.backup = backup;
    }

    @Override
    public Set<String> flags() {
        return Set.of(ScopeOptions.CONSENSUS);
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME --out FILE [--format xlsx|csv|graphml|qdpx|backup]"
                + " [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--list A,B] [--thread ID,ID] [--coder A,B | --consensus]"
                + " [--qualifier supports,opposes,neutral] [--counting statements|occurrences|messages]"
                + " [--context CHARS] [--sheets about,coded-passages,...]"
                + " [--network congruence|conflict|affiliation] [--level participant|organisation]"
                + " [--weight positions|jaccard]";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(ExportTarget.allOptions());
        ExportTarget target = ExportTarget.named(arguments.option("format").orElse("xlsx"));
        target.check(arguments.optionNames());
        String projectName = arguments.required("project");
        Path file = Path.of(arguments.required("out"));
        if (Files.isDirectory(file)) {
            throw new UsageException("--out " + file + " is a folder; name a file.");
        }
        // Every option is read before anything is written, so that a wrong one leaves no file behind.
        switch (target) {
            case XLSX, CSV -> {
                ExportRequest request = new ExportRequest(
                        scope(arguments), sheets(arguments), context(arguments), target.exportFormat());
                exports.exportTo(existingProject(projectName), request, file);
            }
            case GRAPHML -> {
                NetworkRequest request = NetworkOptions.request(arguments, scope(arguments));
                Network network = networks.network(existingProject(projectName), request);
                OutputFile.write(file, stream -> {
                    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    GraphMlWriter.write(network, writer);
                    flush(writer);
                });
            }
            case QDPX -> {
                Project project = existingProject(projectName);
                OutputFile.write(file, stream -> qdpx.write(project, stream));
            }
            case BACKUP -> {
                Project project = existingProject(projectName);
                OutputFile.write(file, stream -> backup.write(project, stream));
            }
        }
        out.println("Wrote " + file);
        return OK;
    }

    private Project existingProject(String name) {
        return QdpxExportCommand.existingProject(projects, name);
    }

    private static ComparisonScope scope(CommandArguments arguments) {
        Map<String, String> scopeOptions = new HashMap<>();
        ScopeOptions.NAMES.forEach(name -> arguments.option(name).ifPresent(value -> scopeOptions.put(name, value)));
        try {
            return ScopeOptions.parse(scopeOptions);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int context(CommandArguments arguments) {
        String value = arguments.option("context").orElse(null);
        if (value == null) {
            return exports.defaultContextChars();
        }
        try {
            int chars = Integer.parseInt(value);
            if (chars < 0 || chars > ExportRequest.MAX_CONTEXT_CHARS) {
                throw new NumberFormatException();
            }
            return chars;
        } catch (NumberFormatException e) {
            throw new UsageException("--context '" + value + "' must be a number of characters from 0 to "
                    + ExportRequest.MAX_CONTEXT_CHARS + ".");
        }
    }

    private static Set<WorkbookSheet> sheets(CommandArguments arguments) {
        String value = arguments.option("sheets").orElse(null);
        if (value == null) {
            return ExportRequest.defaultSheets();
        }
        Set<WorkbookSheet> sheets = EnumSet.noneOf(WorkbookSheet.class);
        for (String name : value.split(",")) {
            try {
                sheets.add(WorkbookSheet.named(name));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--sheets: " + e.getMessage());
            }
        }
        if (sheets.isEmpty()) {
            throw new UsageException("--sheets names no sheet; name at least one.");
        }
        return sheets;
    }

    private static void flush(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
