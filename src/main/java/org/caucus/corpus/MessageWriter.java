package org.caucus.corpus;

import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/** Stores one read message with its blocks and their speakers; the caller holds the transaction. */
@Component
class MessageWriter {

    private final EntityManager entityManager;
    private final BodySegmenter segmenter = new BodySegmenter();
    private final Clock clock;

    MessageWriter(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @return the id of the stored message */
    long write(Project project, String sourceName, ParsedMessage parsed, ParticipantIndex participants) {
        return write(project, sourceName, parsed, segment(parsed), participants);
    }

    /** Splits the body into blocks with their speakers; needs no database, so it may run on any thread. */
    List<BodySegment> segment(ParsedMessage parsed) {
        return segmenter.segment(parsed.body(), posterName(parsed));
    }

    /**
     * @param segments the body's blocks, from {@link #segment}
     * @return the id of the stored message
     */
    long write(
            Project project,
            String sourceName,
            ParsedMessage parsed,
            List<BodySegment> segments,
            ParticipantIndex participants) {
        Participant poster = participants.poster(parsed.posterName(), parsed.posterAddress());
        String posterName = posterName(parsed);
        Message message = new Message(
                entityManager.getReference(Project.class, project.getId()),
                sourceName,
                dedupeKey(parsed),
                parsed,
                poster,
                clock.instant());
        for (BodySegment segment : segments) {
            message.addBlock(segment, speaker(segment, posterName, poster, participants));
        }
        entityManager.persist(message);
        return message.getId();
    }

    /**
     * The key that makes a second import of the same message add nothing: its Message-ID, or a
     * hash of its bytes when it has none.
     */
    static String dedupeKey(ParsedMessage parsed) {
        if (parsed.messageId() != null && !parsed.messageId().isBlank()) {
            return "message-id:" + parsed.messageId().strip();
        }
        return "sha256:" + HexFormat.of().formatHex(sha256(parsed.raw()));
    }

    private static Participant speaker(
            BodySegment segment, String posterName, Participant poster, ParticipantIndex participants) {
        if (segment.speakerName() == null) {
            return null;
        }
        return segment.speakerName().equals(posterName) ? poster : participants.named(segment.speakerName());
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
