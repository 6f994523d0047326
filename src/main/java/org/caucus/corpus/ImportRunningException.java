package org.caucus.corpus;

/** A change refused because an import into the same project is running; its message says what to do. */
public class ImportRunningException extends IllegalStateException {

    ImportRunningException(String message) {
        super(message);
    }
}
