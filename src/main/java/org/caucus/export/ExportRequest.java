package org.caucus.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.caucus.analysis.ComparisonScope;

/**
 * What to export: the comparison scope that filters every sheet, the sheets of a workbook, how
 * many characters of context to show on each side of a passage, and the file format.
 */
public record ExportRequest(ComparisonScope scope, Set<WorkbookSheet> sheets, int contextChars, ExportFormat format) {

    public static final int MAX_CONTEXT_CHARS = 5_000;

    public ExportRequest {
        if (scope == null) {
            throw new IllegalArgumentException("an export needs a comparison scope");
        }
        sheets = sheets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sheets));
        if (format == ExportFormat.XLSX && sheets.isEmpty()) {
            throw new IllegalArgumentException("choose at least one sheet for the workbook");
        }
        if (contextChars < 0 || contextChars > MAX_CONTEXT_CHARS) {
            throw new IllegalArgumentException(
                    "context must be between 0 and " + MAX_CONTEXT_CHARS + " characters, not " + contextChars);
        }
    }

    /** The sheets analysts get unless they choose otherwise. */
    public static Set<WorkbookSheet> defaultSheets() {
        return EnumSet.copyOf(Arrays.stream(WorkbookSheet.values())
                .filter(WorkbookSheet::chosenByDefault)
                .toList());
    }

    public boolean includes(WorkbookSheet sheet) {
        return sheets.contains(sheet);
    }
}
