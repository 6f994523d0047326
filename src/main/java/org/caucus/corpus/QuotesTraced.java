package org.caucus.corpus;

import java.util.List;

/**
 * Quotes stored with no origin were traced to where they were first written, once an import brought the messages
 * they quote. Coded passages in those quotes follow: their statements are now the origin's, and belong to its poster.
 */
public record QuotesTraced(List<Quote> quotes) {

    /**
     * One traced quote.
     *
     * @param start offset of the quote block in its message's body; {@code end} one past it
     * @param speakerId the origin's poster, {@code null} when unknown
     */
    public record Quote(long messageId, int start, int end, long originMessageId, Long speakerId) {}
}
