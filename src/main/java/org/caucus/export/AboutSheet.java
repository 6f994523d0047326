package org.caucus.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.caucus.analysis.ComparisonScope;
import org.caucus.coding.StanceQualifier;

/**
 * The "About" sheet: what the workbook holds and how to make it again: the project, every
 * filter, the counting mode, when and by which version it was written, the rows of each sheet,
 * and the command line that repeats the export.
 */
final class AboutSheet {

    static final String NAME = "About";
    private static final String ALL = "(all)";

    private AboutSheet() {}

    record Facts(
            String project,
            ExportRequest request,
            ZonedDateTime exportedAt,
            String version,
            String baseUrl,
            Map<String, Long> rowsPerSheet) {}

    /** Writes into a sheet made first, so that it opens first, once the other sheets have their row counts. */
    static void write(Sheet sheet, Cells cells, Facts facts) {
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        SheetFrame.headers(sheet, cells, 0, new String[] {"Setting", "Value"}, new int[] {24, 90});
        ComparisonScope scope = facts.request().scope();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("Project", facts.project());
        settings.put(
                "From (UTC day, inclusive)",
                scope.from() == null ? "(open)" : scope.from().toString());
        settings.put(
                "To (UTC day, inclusive)",
                scope.to() == null ? "(open)" : scope.to().toString());
        settings.put("Lists", joined(scope.lists()));
        settings.put("Threads (ids)", joined(scope.threadIds()));
        settings.put("Coders", joined(scope.coders()));
        settings.put(
                "Qualifiers",
                joined(scope.qualifiers().stream().map(StanceQualifier::label).collect(Collectors.toSet())));
        settings.put("Counting", scope.counting().label());
        settings.put(
                "Context (characters each side)",
                Integer.toString(facts.request().contextChars()));
        settings.put("Exported at", facts.exportedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        settings.put("Caucus version", facts.version());
        settings.put("Links point to", facts.baseUrl());
        settings.put("Same export again", command(facts));
        int rowIndex = 1;
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, setting.getKey(), cells.styles.header);
            cells.text(row, 1, setting.getValue());
        }
        int tableHeader = ++rowIndex;
        Row header = sheet.createRow(rowIndex++);
        cells.header(header, 0, "Sheet");
        cells.header(header, 1, "Rows");
        for (Map.Entry<String, Long> sheetRows : facts.rowsPerSheet().entrySet()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, sheetRows.getKey());
            cells.number(row, 1, sheetRows.getValue());
        }
        // The settings list above the sheet table is a form, not a table: only the header row is frozen.
        SheetFrame.finish(sheet, 0, tableHeader - 2, 1, 0);
    }

    private static String command(Facts facts) {
        List<String> arguments = new ArrayList<>(List.of(
                "java", "-jar", "caucus.jar", "export", "--data-dir", "DIR", "--project", quoted(facts.project())));
        ScopeOptions.format(facts.request().scope()).stream()
                .map(AboutSheet::quoted)
                .forEach(arguments::add);
        arguments.addAll(List.of("--context", Integer.toString(facts.request().contextChars())));
        arguments.addAll(List.of(
                "--sheets",
                facts.request().sheets().stream()
                        .sorted()
                        .map(WorkbookSheet::optionName)
                        .collect(Collectors.joining(","))));
        arguments.addAll(List.of("--out", "FILE.xlsx"));
        return String.join(" ", arguments);
    }

    private static String quoted(String value) {
        return value.matches("[\\w.,:/@-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }

    private static String joined(Set<?> values) {
        return values.isEmpty()
                ? ALL
                : values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
}
