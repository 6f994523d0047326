package org.caucus.cli;

/**
 * A save the service acknowledged (it returned normally), as the coder who made it knows it.
 *
 * @param version the annotation's version after a coding or change; for a deletion, the version the
 *     coder saw and deleted
 * @param after what the passage said after the save; {@code null} for a deletion
 */
record AcknowledgedSave(LoadOperation operation, long annotationId, long version, String by, PassageState after) {

    /** A coded passage's content, compared between the log, the annotation table and the history. */
    record PassageState(int start, int end, String passage, String position, String qualifier, String memo) {}
}
