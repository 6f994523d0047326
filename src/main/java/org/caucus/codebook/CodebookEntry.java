package org.caucus.codebook;

import java.util.List;

/** One line of the codebook editor: an issue with its positions, or one position with its usage. */
public sealed interface CodebookEntry {

    long id();

    String name();

    /** An issue and its positions in codebook order. */
    record IssueEntry(long id, String name, String description, List<PositionEntry> positions)
            implements CodebookEntry {}

    /**
     * A position and how many coded passages use it.
     *
     * @param issueId the issue it belongs to
     */
    record PositionEntry(long id, long issueId, String issue, PositionDetails details, long passages)
            implements CodebookEntry {

        @Override
        public String name() {
            return details.name();
        }
    }
}
