package org.caucus.export;

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
}
