package org.caucus.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of file an export writes. */
public enum ExportFormat {
    /** The report workbook with the chosen sheets. */
    XLSX("xlsx"),
    /** The coded passages in long format, for R and pandas. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * @throws IllegalArgumentException naming the format and the ones there are
     */
    public static ExportFormat named(String name) {
        return Arrays.stream(values())
                .filter(format -> format.extension.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not an export format; choose "
                        + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(" or "))
                        + " (REFI-QDA, GraphML and backups are not available yet)."));
    }
}
