package org.caucus.corpus;

/**
 * One block of a message body as the segmenter found it, before it is stored.
 *
 * @param start offset of the first character in the normalised body text
 * @param end offset one past the last character
 * @param speakerName who wrote the block, as named in the message; {@code null} when unknown or
 *     when the block is nobody's statement (signature, footer)
 * @param speakerAddress the address the message gives beside the speaker's name, as written; {@code null} when it
 *     gives none
 * @param evidence why the speaker was chosen, in words an analyst can check
 * @param confidence how sure the speaker is, from 0 (unknown) to 1 (the poster's own text)
 */
public record BodySegment(
        int start,
        int end,
        BlockRole role,
        int depth,
        String speakerName,
        String speakerAddress,
        String evidence,
        double confidence) {}
