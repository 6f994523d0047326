package org.caucus.corpus;

/** The counts an import report opens with. */
public record ImportCounts(int read, int imported, int duplicates, int warnings, int failed) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    ImportCounts plusImported(boolean withWarnings) {
        return new ImportCounts(read + 1, imported + 1, duplicates, warnings + (withWarnings ? 1 : 0), failed);
    }

    ImportCounts plusDuplicate() {
        return new ImportCounts(read + 1, imported, duplicates + 1, warnings, failed);
    }

    ImportCounts plusFailed(boolean aMessage) {
        return new ImportCounts(read + (aMessage ? 1 : 0), imported, duplicates, warnings, failed + 1);
    }
}
