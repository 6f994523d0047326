package org.caucus.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.project.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores a few messages outside an archive import: a pasted page, a QDPX project's texts. An archive import does the
 * same work in batches on its own threads; here it all happens in the caller's transaction, and the steps that look
 * across the project (tracing quotes, settling threads, crediting quotes up the thread) run once, when the caller
 * {@linkplain SmallImport#finish() finishes}.
 */
@Component
class SmallImports {

    private static final Logger LOG = LoggerFactory.getLogger(SmallImports.class);

    /**
     * At most this many passages are looked up in the search index (a message of a few thousand words); past that,
     * reading every stored message back is quicker.
     */
    private static final int MOST_PASSAGES = 200;

    /**
     * At most this many messages are read back for one passage, those holding most of it first. A passage quoted over
     * and over is held by every message that quotes it, and by the one that wrote it.
     */
    static final int MESSAGES_PER_PASSAGE = 100;

    private final MessageWriter writer;
    private final ParticipantDirectory directory;
    private final ThreadService threads;
    private final ThreadEvidence threadEvidence;
    private final StoredOwnText storedOwnText;
    private final UntracedQuotes untracedQuotes;
    private final MessageRepository messages;
    private final ListNamesService listNames;
    private final TextSharingMessages sharing;
    private final BodySegmenter segmenter = new BodySegmenter();

    SmallImports(
            MessageWriter writer,
            ParticipantDirectory directory,
            ThreadService threads,
            ThreadEvidence threadEvidence,
            StoredOwnText storedOwnText,
            UntracedQuotes untracedQuotes,
            MessageRepository messages,
            ListNamesService listNames,
            TextSharingMessages sharing) {
        this.writer = writer;
        this.directory = directory;
        this.threads = threads;
        this.threadEvidence = threadEvidence;
        this.storedOwnText = storedOwnText;
        this.untracedQuotes = untracedQuotes;
        this.messages = messages;
        this.listNames = listNames;
        this.sharing = sharing;
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
        long projectId = project.getId();
        long started = System.nanoTime();
        Optional<Set<Long>> sharers = PassagesToTrace.of(coming, segmenter, MOST_PASSAGES)
                .flatMap(passages -> sharing.sharingPassages(projectId, passages, MESSAGES_PER_PASSAGE));
        ProjectOrigins origins = sharers.map(ids -> ProjectOrigins.ofOnly(projectId, ids, storedOwnText))
                .orElseGet(() -> ProjectOrigins.of(projectId, storedOwnText));
        LOG.info(
                "Project {}: read back {} stored messages{} in {} ms, to trace the quotes of {} new ones",
                projectId,
                origins.known(),
                sharers.isPresent() ? " that share passages with them" : ", all that have own text",
                (System.nanoTime() - started) / 1_000_000,
                coming.size());
        return new SmallImport(project, runId, origins, sharers);
    }

    /** The messages stored into one project by one caller. */
    final class SmallImport {

        private final Project project;
        private final long runId;
        private final ParticipantIndex participants;
        private final RunningThreads placed;
        private final ListSpellings lists;
        private final ProjectOrigins origins;
        // The stored messages that share passages with the new ones, when the search index could tell.
        private final Optional<Set<Long>> sharers;
        private final Set<Long> storedNow = new HashSet<>();

        private SmallImport(Project project, long runId, ProjectOrigins origins, Optional<Set<Long>> sharers) {
            this.project = project;
            this.runId = runId;
            this.participants = directory.index(project);
            this.placed = threads.start(project);
            this.lists = listNames.spellings(project.getId());
            this.origins = origins;
            this.sharers = sharers;
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
            untracedQuotes.traceAgain(project.getId(), origins, storedNow, sharers);
            threadEvidence.creditNewAndMoved(project, storedNow, threads.settle(placed));
        }
    }
}
