package org.caucus.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/**
 * Stores a few messages outside an archive import: a pasted page, a QDPX project's texts. An archive import does the
 * same work in batches on its own threads; here it all happens in the caller's transaction, and the steps that look
 * across the project (tracing quotes, settling threads, crediting quotes up the thread) run once, when the caller
 * {@linkplain SmallImport#finish() finishes}.
 */
@Component
class SmallImports {

    private final MessageWriter writer;
    private final ParticipantDirectory directory;
    private final ThreadService threads;
    private final ThreadEvidence threadEvidence;
    private final StoredOrigins storedOrigins;
    private final UntracedQuotes untracedQuotes;
    private final MessageRepository messages;
    private final ListNamesService listNames;

    SmallImports(
            MessageWriter writer,
            ParticipantDirectory directory,
            ThreadService threads,
            ThreadEvidence threadEvidence,
            StoredOrigins storedOrigins,
            UntracedQuotes untracedQuotes,
            MessageRepository messages,
            ListNamesService listNames) {
        this.writer = writer;
        this.directory = directory;
        this.threads = threads;
        this.threadEvidence = threadEvidence;
        this.storedOrigins = storedOrigins;
        this.untracedQuotes = untracedQuotes;
        this.messages = messages;
        this.listNames = listNames;
    }

    /**
     * The message the project already holds with this one's Message-ID, or its text when it has none. Asked before
     * {@link #begin}, which reads the project's threads and stored text back: a page already held needs neither.
     */
    Optional<Long> held(Project project, ParsedMessage parsed) {
        return messages.findIdByDedupeKey(project.getId(), MessageWriter.dedupeKey(parsed));
    }

    /**
     * Begins storing into {@code project}; the caller holds the project's import lock and a transaction.
     *
     * @param runId the import the messages are stored by
     * @param coming the messages to be stored: the project's stored messages that share passages with them are the
     *     only ones read back to trace quotes, when the search index can tell which they are and they are few
     */
    SmallImport begin(Project project, long runId, List<ParsedMessage> coming) {
        return new SmallImport(
                project, runId, storedOrigins.sharingWith(project.getId(), messages.countByProject(project), coming));
    }

    /** The messages stored into one project by one caller. */
    final class SmallImport {

        private final Project project;
        private final long runId;
        private final ParticipantIndex participants;
        private final RunningThreads placed;
        private final ListSpellings lists;
        private final ProjectOrigins origins;
        private final Set<Long> storedNow = new HashSet<>();

        private SmallImport(Project project, long runId, ProjectOrigins origins) {
            this.project = project;
            this.runId = runId;
            this.participants = directory.index(project);
            this.placed = threads.start(project);
            this.lists = listNames.spellings(project.getId());
            this.origins = origins;
        }

        /** Stores a message the project does not {@linkplain SmallImports#held hold}, its fields cut to what the database takes. */
        StoredText store(String sourceName, ParsedMessage parsed) {
            StoredText stored = writer.write(
                    project,
                    runId,
                    sourceName,
                    FieldLimits.fit(lists.spelled(parsed), sourceName),
                    origins,
                    participants,
                    placed);
            storedNow.add(stored.messageId());
            return stored;
        }

        /**
         * Traces the new messages' quotes and the quotes of earlier messages that they first wrote, threads them, and
         * credits quotes that still have no speaker to the messages replied to.
         */
        void finish() {
            messages.flush();
            // A quote of a new message's own text holds its words: the message quoting it shares that passage.
            untracedQuotes.traceAgain(project.getId(), origins, storedNow, origins.onlyStored());
            threadEvidence.creditNewAndMoved(project, storedNow, threads.settle(placed));
        }
    }
}
