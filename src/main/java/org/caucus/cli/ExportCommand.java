package org.caucus.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.caucus.analysis.ComparisonScope;
import org.caucus.export.ExportFormat;
import org.caucus.export.ExportRequest;
import org.caucus.export.ExportService;
import org.caucus.export.ScopeOptions;
import org.caucus.export.WorkbookSheet;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * {@code export}: writes the same workbook or CSV as the export dialog to a file, for scheduled
 * reports, with the comparison page's filters as options.
 */
@Component
class ExportCommand implements Command {

    private final ProjectService projects;
    private final ExportService exports;

    ExportCommand(ProjectService projects, ExportService exports) {
        this.projects = projects;
        this.exports = exports;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME --out FILE [--format xlsx|csv] [--from YYYY-MM-DD] [--to YYYY-MM-DD]"
                + " [--list A,B] [--thread ID,ID] [--coder A,B] [--qualifier supports,opposes,neutral]"
                + " [--counting statements|occurrences] [--context CHARS] [--sheets about,coded-passages,...]";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        Set<String> known = new HashSet<>(ScopeOptions.NAMES);
        known.addAll(Set.of("project", "out", "format", "context", "sheets"));
        arguments.allowOnly(known);
        String projectName = arguments.required("project");
        Path target = Path.of(arguments.required("out"));
        ExportRequest request = request(arguments);
        Project project = projects.findByName(projectName)
                .orElseThrow(() -> new UsageException("There is no project named '" + projectName + "'."));
        if (Files.isDirectory(target)) {
            throw new UsageException("--out " + target + " is a folder; name a file.");
        }
        Path written = exports.exportTo(project, request, target);
        out.println("Wrote " + written);
        return OK;
    }

    private ExportRequest request(CommandArguments arguments) {
        try {
            ExportFormat format = ExportFormat.named(arguments.option("format").orElse("xlsx"));
            Map<String, String> scopeOptions = new HashMap<>();
            ScopeOptions.NAMES.forEach(
                    name -> arguments.option(name).ifPresent(value -> scopeOptions.put(name, value)));
            ComparisonScope scope = ScopeOptions.parse(scopeOptions);
            return new ExportRequest(scope, sheets(arguments), context(arguments), format);
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
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--context '" + value + "' is not a number of characters.");
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
        return sheets;
    }
}
