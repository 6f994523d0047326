package org.caucus.corpus;

import java.time.Instant;

/**
 * One import into a project, as its record keeps it: what was read, when, how it ended and its counts.
 *
 * @param sources the files or list address, named as the import's title named them
 * @param finishedAt {@code null} while it has not ended
 * @param earlierQuotesTraced quotes in messages of earlier imports that it traced to the messages it stored
 * @param removedAt when the messages it stored were removed again; {@code null} if they were not
 */
public record PastImport(
        long runId,
        String sources,
        Instant startedAt,
        Instant finishedAt,
        ImportStatus status,
        ImportCounts counts,
        int earlierQuotesTraced,
        Instant removedAt) {

    /** Whether the messages it stored were removed again. */
    public boolean removed() {
        return removedAt != null;
    }

    /**
     * Whether its messages may be removed: they were not removed already, and it stored some, or did not end (killed
     * with the server, its report counts nothing, but it may have stored messages).
     */
    public boolean removable() {
        return !removed() && (finishedAt == null || counts.imported() > 0);
    }
}
