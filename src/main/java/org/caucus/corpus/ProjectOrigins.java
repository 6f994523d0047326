package org.caucus.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the quotes of an import's messages were first written: among the project's stored messages and the messages
 * the import adds. The {@link QuoteOriginIndex} knows messages by a number of its own, given as each is added; only a
 * message once stored has an id and a poster to credit a quote to.
 *
 * <p>Messages are added and traced on one thread; {@link #stored} may be told on another (an import's writer).
 */
final class ProjectOrigins {

    private final QuoteOriginIndex index;
    private final Map<Long, MessageWriter.Written> stored = new ConcurrentHashMap<>();
    // The stored messages it was told of, when it knows only some of the project's; empty when it knows them all.
    private final Optional<Set<Long>> onlyStored;
    private long added;
    // When the earliest message added (not those stored before) was sent; null while none with a date was added.
    private Instant earliestAdded;

    /** Knows the project's stored messages, so that quotes of them are traced to them. */
    static ProjectOrigins of(long projectId, StoredOwnText storedOwnText) {
        ProjectOrigins origins = new ProjectOrigins(storedOwnText, Optional.empty());
        storedOwnText.forEach(projectId, origins::addStored);
        return origins;
    }

    /**
     * Knows only the stored messages among {@code messageIds}: those that share passages with the few messages an
     * import adds ({@link TextSharingMessages}), the only ones their quotes can be traced to, or that can have written
     * first what an earlier import's quotes and the new messages share.
     */
    static ProjectOrigins ofOnly(long projectId, Collection<Long> messageIds, StoredOwnText storedOwnText) {
        ProjectOrigins origins = new ProjectOrigins(storedOwnText, Optional.of(Set.copyOf(messageIds)));
        storedOwnText.forEachOf(projectId, messageIds, origins::addStored);
        return origins;
    }

    private ProjectOrigins(StoredOwnText storedOwnText, Optional<Set<Long>> onlyStored) {
        index = new QuoteOriginIndex(
                number -> storedOwnText.piecesOf(stored.get(number).messageId()));
        this.onlyStored = onlyStored;
    }

    private void addStored(StoredOwnText.Stored message) {
        long number = ++added;
        index.addStored(number, message.sentAt(), message.pieces());
        stored.put(number, new MessageWriter.Written(message.messageId(), message.posterId()));
    }

    /**
     * The stored messages it knows, when it knows only those that share passages with the messages added: every
     * quote of an earlier import that one of those can have first written is in one of them. Empty when it knows every
     * stored message.
     */
    Optional<Set<Long>> onlyStored() {
        return onlyStored;
    }

    /** How many messages it knows: the stored messages read back, and those added since. */
    long known() {
        return added;
    }

    /** Where each quote block of a message not yet added was first written, in block order. */
    List<Optional<QuoteOriginIndex.Origin>> origins(String body, List<BodySegment> segments, Instant sentAt) {
        return index.origins(body, segments, sentAt);
    }

    /**
     * Adds a message, so that the messages after it may be traced to it.
     *
     * @return its number, for {@link #stored} once it has an id
     */
    long add(String body, List<BodySegment> segments, Instant sentAt) {
        long number = ++added;
        index.add(number, sentAt, body, segments);
        if (sentAt != null && (earliestAdded == null || sentAt.isBefore(earliestAdded))) {
            earliestAdded = sentAt;
        }
        return number;
    }

    /** The message added as {@code number} is stored: quotes traced to it can be credited now. */
    void stored(long number, MessageWriter.Written written) {
        stored.put(number, written);
    }

    /** The origins found, as the stored messages they are; {@code null} for a block with no origin to credit. */
    List<QuotedFrom> resolved(List<Optional<QuoteOriginIndex.Origin>> found) {
        List<QuotedFrom> resolved = new ArrayList<>(found.size());
        for (Optional<QuoteOriginIndex.Origin> origin : found) {
            resolved.add(resolve(origin).orElse(null));
        }
        return resolved;
    }

    /** When the earliest message {@link #add added} was sent; empty when none had a date. */
    Optional<Instant> earliestAdded() {
        return Optional.ofNullable(earliestAdded);
    }

    /** Where a quote of a message stored by an earlier import was first written, among the messages known here. */
    Optional<QuotedFrom> originOfStoredQuote(String quote, Instant quotedAt) {
        return resolve(index.originOfStoredQuote(quote, quotedAt));
    }

    private Optional<QuotedFrom> resolve(Optional<QuoteOriginIndex.Origin> found) {
        return found.filter(origin -> origin.confidence() >= QuotedFrom.TRUSTED)
                .flatMap(origin -> Optional.ofNullable(stored.get(origin.messageId()))
                        .map(source -> new QuotedFrom(
                                source.messageId(),
                                origin.start(),
                                origin.end(),
                                origin.confidence(),
                                source.posterId())));
    }
}
