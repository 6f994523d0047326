package org.caucus.corpus.importing;

/**
 * The Message-IDs an import already holds: stored by an earlier import, or read earlier in this one. A reader that is
 * told them recognises a second copy of a message from its header fields alone and hands over a {@link
 * ReadOutcome.Duplicate} instead of decoding, detecting and normalising a body that will not be stored.
 */
@FunctionalInterface
public interface KnownMessageIds {

    /** Knows no message: every message is read in full. */
    KnownMessageIds NONE = messageId -> false;

    /**
     * @param messageId the id exactly as {@link ParsedMessage#messageId()} would give it: the first id of the
     *     Message-ID header, without its angle brackets; never null
     */
    boolean contains(String messageId);
}
