package org.caucus.corpus;

/**
 * One block of one message as an attribution audit lists it.
 *
 * @param messageId the Message-ID header, or {@code caucus:<id>} for a message that has none
 * @param blockNumber 1-based, top to bottom
 * @param speakerId {@code null} when the speaker is unknown or the block is nobody's statement
 * @param originMessageId for a quote, the message its text was first written in, when found
 */
public record BlockRow(
        String messageId,
        int blockNumber,
        BlockRole role,
        int depth,
        int start,
        int end,
        Long speakerId,
        String speaker,
        String evidence,
        double confidence,
        String originMessageId,
        String text) {

    BlockRow(
            long id,
            String messageId,
            int blockIndex,
            BlockRole role,
            int depth,
            int start,
            int end,
            Long speakerId,
            String speaker,
            String evidence,
            double confidence,
            Long originId,
            String originMessageId,
            String text) {
        this(
                messageIdOrKey(id, messageId),
                blockIndex + 1,
                role,
                depth,
                start,
                end,
                speakerId,
                speaker,
                evidence,
                confidence,
                originId == null ? null : messageIdOrKey(originId, originMessageId),
                text);
    }

    private static String messageIdOrKey(long id, String messageId) {
        return messageId == null ? "caucus:" + id : messageId;
    }
}
