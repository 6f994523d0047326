package org.caucus.corpus;

/** Lets the one who started an import follow it and stop it. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {};

    /** Called after each stored batch with the running counts. */
    default void advanced(ImportCounts counts) {}

    /** Asked before each message; once it says yes, the import stops after the last whole batch. */
    default boolean cancelled() {
        return false;
    }
}
