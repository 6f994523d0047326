package org.caucus.corpus.importing;

/**
 * Where a message was found, so that a person can go and look at it.
 *
 * @param sourceName the file as the analyst knows it (inside a zip: {@code archive.zip!/entry.eml})
 * @param messageNumber the message's number in that file, from 1; 0 for something about the whole file
 * @param line the line of the file where the message starts, from 1
 * @param byteOffset the byte offset of that line in the (decompressed) file
 */
public record SourcePosition(String sourceName, int messageNumber, long line, long byteOffset) {

    static SourcePosition wholeFile(String sourceName) {
        return new SourcePosition(sourceName, 0, 1, 0);
    }

    /** Reads like "2013-November.txt, message 214" (or just the file name for the whole file). */
    @Override
    public String toString() {
        return messageNumber == 0 ? sourceName : sourceName + ", message " + messageNumber;
    }
}
