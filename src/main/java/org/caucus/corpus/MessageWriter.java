package org.caucus.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.project.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores one read message with its blocks and their speakers; the caller holds the transaction. */
@Component
class MessageWriter {

    private static final Logger LOG = LoggerFactory.getLogger(MessageWriter.class);

    // Who posted up the thread makes one of several participants of a name likely, not certain.
    private static final double SETTLED_CONFIDENCE = 0.9;

    private final JdbcTemplate jdbc;
    private final SequenceIds messageIds;
    private final SequenceIds blockIds;
    private final BodySegmenter segmenter = new BodySegmenter();
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MessageWriter(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.messageIds = new SequenceIds(jdbc, "message_seq");
        this.blockIds = new SequenceIds(jdbc, "message_block_seq");
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores one message on its own, announced as {@link MessagesImported} (archive imports announce theirs in bulk).
     *
     * @param runId the import it is stored by
     * @param origins where its quotes may have been first written; it is added there, for the messages after it
     * @return the stored message, with its reader's warnings and then its segmenter's
     */
    StoredText write(
            Project project,
            long runId,
            String sourceName,
            ParsedMessage parsed,
            ProjectOrigins origins,
            ParticipantIndex participants,
            RunningThreads threads) {
        Segmented segmented = segment(parsed, sourceName);
        List<BodySegment> segments = segmented.segments();
        Instant sentAt = parsed.sentAt() == null ? null : parsed.sentAt().toInstant();
        List<Optional<QuoteOriginIndex.Origin>> found = origins.origins(parsed.body(), segments, sentAt);
        long number = origins.add(parsed.body(), segments, sentAt);
        MessageInserts inserts = inserts(runId);
        Written written = write(
                project,
                sourceName,
                segmented.message(),
                segments,
                origins.resolved(found),
                participants,
                threads,
                inserts);
        inserts.insert();
        origins.stored(number, written);
        events.publishEvent(new MessagesImported(project.getId(), List.of(written.messageId())));
        return new StoredText(written.messageId(), segmented.message().warnings());
    }

    /** The ids a later message needs to credit its quotes of this one. */
    record Written(long messageId, Long posterId) {}

    /** Splits the body into blocks with their speakers; needs no database, so it may run on any thread. */
    Segmented segment(ParsedMessage parsed, String position) {
        return segmented(parsed, position, segmenter::segment);
    }

    /**
     * A message with its body's blocks.
     *
     * @param message the message, with a warning added when its body could not be segmented
     */
    record Segmented(ParsedMessage message, List<BodySegment> segments) {}

    /**
     * The body's blocks. A body the segmenter fails on is a fault of its rules, not of the message: the message is
     * kept, its body as one block of the poster's own text, with a warning that says so, and the import goes on.
     *
     * @param position where the message was read, which the warning names first
     * @param segmenting the body and the poster's name to the blocks
     */
    static Segmented segmented(
            ParsedMessage parsed, String position, BiFunction<String, String, List<BodySegment>> segmenting) {
        String poster = posterName(parsed);
        try {
            return new Segmented(parsed, segmenting.apply(parsed.body(), poster));
        } catch (RuntimeException fault) {
            LOG.warn("Segmenting the body of {} failed; it is kept as the poster's own text", position, fault);
            List<BodySegment> whole = parsed.body().isEmpty()
                    ? List.of()
                    : List.of(new BodySegment(
                            0, parsed.body().length(), BlockRole.OWN_TEXT, 0, poster, null, "the poster", 1.0));
            String warning = position + ": its quotes could not be told from its own text (" + fault
                    + "); the whole body is kept as the poster's own text";
            return new Segmented(parsed.withWarning(warning), whole);
        }
    }

    /**
     * Rows to insert in one go; for one transaction and one thread.
     *
     * @param runId the import whose messages they are
     */
    MessageInserts inserts(long runId) {
        return new MessageInserts(jdbc, messageIds, blockIds, runId);
    }

    /**
     * Adds one message to {@code inserts}, creating its poster and speakers when they are new, in the place
     * {@code threads} gives it.
     *
     * @param segments the body's blocks, from {@link #segment}
     * @param origins for each block, where its quoted text was first written, or {@code null}
     */
    Written write(
            Project project,
            String sourceName,
            ParsedMessage parsed,
            List<BodySegment> segments,
            List<QuotedFrom> origins,
            ParticipantIndex participants,
            RunningThreads threads,
            MessageInserts inserts) {
        participants.listAddressesSeen(MailmanFooter.listAddresses(parsed.body(), segments));
        Long posterId = participants.poster(parsed.posterName(), parsed.posterAddress());
        String posterName = posterName(parsed);
        long messageId = inserts.newMessageId();
        ThreadBuilder.Node node = node(messageId, parsed);
        Supplier<List<Long>> postersUpThread = () -> threads.postersUpThread(node);
        List<BodySegment> credited = new ArrayList<>(segments.size());
        List<Long> speakers = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            BodySegment segment = segments.get(i);
            QuotedFrom origin = origins.get(i);
            if (origin != null) {
                credited.add(segment);
                speakers.add(origin.posterId());
                continue;
            }
            Credited byMessage = creditedByMessage(segment, posterName, posterId, participants, postersUpThread);
            credited.add(byMessage.segment());
            speakers.add(byMessage.speakerId());
        }
        inserts.add(
                messageId,
                project.getId(),
                sourceName,
                dedupeKey(parsed),
                parsed,
                posterId,
                clock.instant(),
                threads.place(node, posterId),
                credited,
                speakers,
                origins);
        return new Written(messageId, posterId);
    }

    private static ThreadBuilder.Node node(long id, ParsedMessage parsed) {
        // Threaded by the Message-ID as it is stored, as the threads rebuilt from the tables by later imports are.
        return new ThreadBuilder.Node(
                id,
                FieldLimits.clip(parsed.messageId(), FieldLimits.MESSAGE_ID),
                parsed.inReplyTo(),
                parsed.references(),
                parsed.threadSubject(),
                parsed.sentAt() == null ? null : parsed.sentAt().toInstant());
    }

    /**
     * The key that makes a second import of the same message add nothing: its Message-ID, or a
     * hash of its bytes when it has none.
     */
    static String dedupeKey(ParsedMessage parsed) {
        String byId = messageIdKey(parsed.messageId());
        return byId != null ? byId : "sha256:" + HexFormat.of().formatHex(sha256(parsed.raw()));
    }

    /**
     * The {@link #dedupeKey} of a message with that Message-ID, known before its body is read; null when the id is
     * missing or blank, for then the key is a hash of the whole message.
     */
    static String messageIdKey(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return null;
        }
        // As stored (see FieldLimits): a NUL in an id read whole must give the key its fitted copy gives.
        String key = "message-id:" + FieldLimits.withoutNul(messageId.strip());
        // An id longer than the key's column is known by its hash, which is as unique and fits.
        return key.length() <= FieldLimits.MESSAGE_ID
                ? key
                : "message-id-sha256:" + HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A block as its own message credits it, with the evidence it is stored with.
     *
     * @param speakerId {@code null} when unknown
     */
    record Credited(BodySegment segment, Long speakerId) {}

    /**
     * Who speaks in a block by what its own message says (the poster, or the writer its attribution names), with no
     * regard to where its text was first written.
     *
     * @param postersUpThread the posters up the thread, the parent's first; asked only when a name needs settling
     */
    static Credited creditedByMessage(
            BodySegment segment,
            String posterName,
            Long posterId,
            ParticipantIndex participants,
            Supplier<List<Long>> postersUpThread) {
        ParticipantIndex.Quoted speaker = speaker(segment, posterName, posterId, participants, postersUpThread);
        return new Credited(
                speaker.evidenceNote() == null ? segment : noted(segment, speaker), speaker.participantId());
    }

    private static ParticipantIndex.Quoted speaker(
            BodySegment segment,
            String posterName,
            Long posterId,
            ParticipantIndex participants,
            Supplier<List<Long>> postersUpThread) {
        if (segment.speakerName() == null) {
            return ParticipantIndex.Quoted.UNKNOWN;
        }
        if (segment.speakerName().equals(posterName)) {
            return new ParticipantIndex.Quoted(posterId, null);
        }
        return participants.quoted(
                segment.speakerName(),
                segment.speakerAddress(),
                () -> likeliestFirst(postersUpThread.get(), segment.depth()));
    }

    /**
     * The posters up the thread in the order they are likeliest to have written a quote at that depth: a quote of a
     * quote most often comes from the grandparent, so the poster that many messages up comes first, then those
     * nearest to it.
     *
     * @param nearestFirst the parent's poster first
     */
    static List<Long> likeliestFirst(List<Long> nearestFirst, int depth) {
        int likeliest = Math.min(depth, nearestFirst.size()) - 1;
        // A stable sort: of two as far from the likeliest, the nearer to this message comes first.
        return IntStream.range(0, nearestFirst.size())
                .boxed()
                .sorted(Comparator.comparingInt(up -> Math.abs(up - likeliest)))
                .map(nearestFirst::get)
                .toList();
    }

    private static BodySegment noted(BodySegment segment, ParticipantIndex.Quoted speaker) {
        return new BodySegment(
                segment.start(),
                segment.end(),
                segment.role(),
                segment.depth(),
                segment.speakerName(),
                segment.speakerAddress(),
                speaker.evidence(segment.evidence()),
                speaker.participantId() == null ? 0.0 : segment.confidence() * SETTLED_CONFIDENCE);
    }

    private static String posterName(ParsedMessage parsed) {
        return parsed.posterName() == null || parsed.posterName().isBlank()
                ? parsed.posterAddress()
                : parsed.posterName().strip();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
