package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caucus.corpus.importing.ParsedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads back what tracing the quotes of new messages needs of a project's stored messages. Reading every stored
 * message's own text takes seconds in a project of tens of thousands; when only a few messages come, the search index
 * tells which stored messages share passages with them, and only those are read.
 */
@Component
class StoredOrigins {

    private static final Logger LOG = LoggerFactory.getLogger(StoredOrigins.class);

    /**
     * At most this many messages are read back for one passage, those holding most of it first. A passage quoted over
     * and over is held by every message that quotes it, and by the one that wrote it.
     */
    static final int MESSAGES_PER_PASSAGE = 100;

    /**
     * Looking up one passage in the search index takes about as long as reading back fifty stored messages (5 ms
     * against 0.1 ms, in a project of 98,000): more passages than one per this many stored messages, and reading them
     * all back is as quick, and needs no index.
     */
    private static final int STORED_MESSAGES_PER_PASSAGE = 100;

    /** However small the project, a message of a few thousand words is looked up passage by passage. */
    private static final int FEWEST_PASSAGES_LOOKED_UP = 200;

    private final StoredOwnText storedOwnText;
    private final TextSharingMessages sharing;
    private final BodySegmenter segmenter = new BodySegmenter();

    StoredOrigins(StoredOwnText storedOwnText, TextSharingMessages sharing) {
        this.storedOwnText = storedOwnText;
        this.sharing = sharing;
    }

    /** Every stored message of the project that has own text. */
    ProjectOrigins all(long projectId) {
        return ProjectOrigins.of(projectId, storedOwnText);
    }

    /**
     * The stored messages sharing passages with {@code coming}, when the search index can tell which they are and
     * looking them up is quicker than reading every one back; else {@link #all}.
     *
     * @param storedMessages how many messages the project holds
     */
    ProjectOrigins sharingWith(long projectId, long storedMessages, List<ParsedMessage> coming) {
        long started = System.nanoTime();
        int mostPassages = (int) Math.max(FEWEST_PASSAGES_LOOKED_UP, storedMessages / STORED_MESSAGES_PER_PASSAGE);
        Optional<List<Set<String>>> passages = PassagesToTrace.of(coming, segmenter, mostPassages);
        Optional<Set<Long>> sharers =
                passages.flatMap(some -> sharing.sharingPassages(projectId, some, MESSAGES_PER_PASSAGE));
        ProjectOrigins origins = sharers.map(ids -> ProjectOrigins.ofOnly(projectId, ids, storedOwnText))
                .orElseGet(() -> all(projectId));
        LOG.info(
                "Project {}: read back {} of its {} messages{} in {} ms, to trace the quotes of {} new ones",
                projectId,
                origins.known(),
                storedMessages,
                sharers.isPresent()
                        ? ", those sharing one of " + passages.get().size() + " passages with them"
                        : ", all that have own text",
                (System.nanoTime() - started) / 1_000_000,
                coming.size());
        return origins;
    }
}
