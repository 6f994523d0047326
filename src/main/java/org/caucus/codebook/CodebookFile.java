package org.caucus.codebook;

import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports a project's codebook as CSV. An import adds issues and positions that are
 * new and updates those already there (matched by name, ignoring case); it deletes nothing, so no
 * coded passage is lost. A file with any problem changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class CodebookFile {

    private final CodebookService codebook;
    private final IssueRepository issues;
    private final PositionRepository positions;

    CodebookFile(CodebookService codebook, IssueRepository issues, PositionRepository positions) {
        this.codebook = codebook;
        this.issues = issues;
        this.positions = positions;
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public void export(long projectId, Writer out) {
        CodebookCsv.write(codebook.codebook(projectId), out);
    }

    /** @throws CodebookCsvException naming every problem with its line; then nothing was stored */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public CodebookImport importCsv(Project project, String sourceName, Reader in) {
        List<CodebookCsv.Row> rows = CodebookCsv.read(sourceName, in);
        Map<String, Issue> byName = new HashMap<>();
        issues.findCodebook(project.getId()).forEach(issue -> byName.put(key(issue.getName()), issue));
        refuseClashes(sourceName, rows, byName);
        // Shortcuts may move between positions in one file; they were checked as a whole above.
        rows.stream()
                .map(row -> existing(byName, row))
                .flatMap(Optional::stream)
                .forEach(position -> position.describe(withoutShortcut(position.details())));
        positions.flush();
        int issuesAdded = 0;
        int added = 0;
        int updated = 0;
        for (CodebookCsv.Row row : rows) {
            Issue issue = byName.get(key(row.issue()));
            if (issue == null) {
                issue = codebook.addIssue(project, row.issue(), row.issueDescription());
                byName.put(key(row.issue()), issue);
                issuesAdded++;
            } else if (row.issueDescription() != null) {
                issue.rename(issue.getName(), row.issueDescription());
            }
            if (row.position() == null) {
                continue;
            }
            Optional<Position> known = existing(byName, row);
            if (known.isPresent()) {
                known.get().describe(row.position());
                updated++;
            } else {
                positions.save(issue.addPosition(row.position()));
                added++;
            }
        }
        return new CodebookImport(issuesAdded, added, updated);
    }

    /** Two rows for one position, or one shortcut for two positions once the file is in. */
    private static void refuseClashes(String sourceName, List<CodebookCsv.Row> rows, Map<String, Issue> byName) {
        List<String> problems = new ArrayList<>();
        Map<String, String> shortcuts = new LinkedHashMap<>();
        byName.values().stream()
                .flatMap(issue -> issue.getPositions().stream())
                .filter(position -> position.getShortcut() != null)
                .forEach(position -> shortcuts.put(
                        key(position.getIssue().getName()) + "\n" + key(position.getName()), position.getShortcut()));
        Map<String, Integer> lineOf = new HashMap<>();
        for (CodebookCsv.Row row : rows) {
            if (row.position() == null) {
                continue;
            }
            String position = key(row.issue()) + "\n" + key(row.position().name());
            Integer earlier = lineOf.putIfAbsent(position, row.line());
            if (earlier != null) {
                problems.add("line " + row.line() + ": '" + row.position().name() + "' under '" + row.issue()
                        + "' is already on line " + earlier);
            }
            shortcuts.put(position, row.position().shortcut());
        }
        Map<String, List<String>> holders = new LinkedHashMap<>();
        shortcuts.forEach((position, shortcut) -> {
            if (shortcut != null) {
                holders.computeIfAbsent(shortcut, digit -> new ArrayList<>()).add(position);
            }
        });
        holders.forEach((digit, named) -> {
            if (named.size() > 1) {
                problems.add("shortcut " + digit + " would stand for " + named.size() + " positions ("
                        + String.join(
                                ", ", named.stream().map(p -> where(p, lineOf)).toList())
                        + "); each digit can stand for one position only");
            }
        });
        if (!problems.isEmpty()) {
            throw new CodebookCsvException(sourceName, problems);
        }
    }

    private static String where(String position, Map<String, Integer> lineOf) {
        String name = "'" + position.substring(position.indexOf('\n') + 1) + "'";
        Integer line = lineOf.get(position);
        return line == null ? name + " already in the codebook" : name + " on line " + line;
    }

    private static Optional<Position> existing(Map<String, Issue> byName, CodebookCsv.Row row) {
        Issue issue = byName.get(key(row.issue()));
        if (issue == null || row.position() == null) {
            return Optional.empty();
        }
        return issue.getPositions().stream()
                .filter(position ->
                        key(position.getName()).equals(key(row.position().name())))
                .findFirst();
    }

    private static PositionDetails withoutShortcut(PositionDetails details) {
        return new PositionDetails(
                details.name(),
                details.description(),
                details.inclusionNote(),
                details.exclusionNote(),
                details.example(),
                details.colour(),
                null);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
