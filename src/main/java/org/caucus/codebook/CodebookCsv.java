package org.caucus.codebook;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The codebook as a CSV file: one row per position, preceded by its issue; an issue without
 * positions has a row with the position columns empty. Reading checks every row and reports every
 * problem with its line number before anything is stored.
 */
final class CodebookCsv {

    enum Column {
        ISSUE("issue"),
        ISSUE_DESCRIPTION("issue_description"),
        POSITION("position"),
        DESCRIPTION("description"),
        INCLUSION_NOTE("inclusion_note"),
        EXCLUSION_NOTE("exclusion_note"),
        EXAMPLE("example"),
        COLOUR("colour"),
        SHORTCUT("shortcut");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    private static final String[] HEADERS =
            Arrays.stream(Column.values()).map(column -> column.header).toArray(String[]::new);

    /** One row read: an issue, and the position under it unless the row names none. */
    record Row(int line, String issue, String issueDescription, PositionDetails position) {}

    private CodebookCsv() {}

    static void write(List<CodebookEntry.IssueEntry> codebook, Writer out) {
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(HEADERS).get().print(out)) {
            for (CodebookEntry.IssueEntry issue : codebook) {
                if (issue.positions().isEmpty()) {
                    printer.printRecord(issue.name(), issue.description(), null, null, null, null, null, null, null);
                }
                for (CodebookEntry.PositionEntry position : issue.positions()) {
                    PositionDetails details = position.details();
                    printer.printRecord(
                            issue.name(),
                            issue.description(),
                            details.name(),
                            details.description(),
                            details.inclusionNote(),
                            details.exclusionNote(),
                            details.example(),
                            details.colour(),
                            details.shortcut());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the codebook CSV", e);
        }
    }

    /**
     * @param sourceName the file's name, for the messages
     * @throws CodebookCsvException listing every problem found, each with its line
     */
    static List<Row> read(String sourceName, Reader in) {
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(in)) {
            Map<Column, Integer> columns = columns(parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                throw new CodebookCsvException(sourceName, problems);
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // The line a record starts on; a quoted cell may run over several lines.
                int line = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException malformed) {
                    problems.add("line " + line + ": " + malformed.getCause().getMessage());
                    break;
                }
                row(line, record, columns, problems).ifPresent(rows::add);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add("the file cannot be read as CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new CodebookCsvException(sourceName, problems);
        }
        if (rows.isEmpty()) {
            throw new CodebookCsvException(sourceName, List.of("the file holds no issue or position"));
        }
        return rows;
    }

    private static Map<Column, Integer> columns(List<String> headers, List<String> problems) {
        Map<Column, Integer> found = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i).strip().toLowerCase(Locale.ROOT);
            Column column = Arrays.stream(Column.values())
                    .filter(candidate -> candidate.header.equals(header))
                    .findFirst()
                    .orElse(null);
            if (column == null) {
                problems.add("line 1: the column '" + headers.get(i) + "' is not one of " + String.join(", ", HEADERS));
            } else {
                found.put(column, i);
            }
        }
        if (!found.containsKey(Column.ISSUE)) {
            problems.add("line 1: the header has no 'issue' column; the first line must name the columns ("
                    + String.join(", ", HEADERS) + ")");
        }
        return found;
    }

    private static Optional<Row> row(int line, CSVRecord record, Map<Column, Integer> columns, List<String> problems) {
        String issue = cell(record, columns, Column.ISSUE);
        String position = cell(record, columns, Column.POSITION);
        if (issue.isEmpty()) {
            problems.add("line " + line + ": the issue is empty; every row names the issue its position belongs to");
            return Optional.empty();
        }
        try {
            PositionDetails details = position.isEmpty()
                    ? null
                    : new PositionDetails(
                            position,
                            cell(record, columns, Column.DESCRIPTION),
                            cell(record, columns, Column.INCLUSION_NOTE),
                            cell(record, columns, Column.EXCLUSION_NOTE),
                            cell(record, columns, Column.EXAMPLE),
                            cell(record, columns, Column.COLOUR),
                            cell(record, columns, Column.SHORTCUT));
            String description =
                    PositionDetails.optional(cell(record, columns, Column.ISSUE_DESCRIPTION), "issue description");
            return Optional.of(new Row(line, issue, description, details));
        } catch (CodebookException invalid) {
            problems.add(
                    "line " + line + " ('" + (position.isEmpty() ? issue : position) + "'): " + invalid.getMessage());
            return Optional.empty();
        }
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index);
    }
}
