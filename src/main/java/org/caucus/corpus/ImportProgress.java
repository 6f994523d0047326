package org.caucus.corpus;

/** Lets the one who started an import follow it and stop it. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {};

    /**
     * Called after each stored batch.
     *
     * @param sourcesStarted how many files have been begun so far
     * @param sourcesExpected how many files the import will read; 0 when not known in advance (a list URL)
     */
    default void advanced(ImportCounts counts, int sourcesStarted, int sourcesExpected) {}

    /** Asked before each message; once it says yes, the import stops after the last whole batch. */
    default boolean cancelled() {
        return false;
    }
}
