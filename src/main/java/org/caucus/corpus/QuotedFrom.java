package org.caucus.corpus;

/**
 * Where a quoted block was first written: a stored earlier message, the span there, and its poster,
 * who is the block's speaker whatever the attribution line said.
 */
record QuotedFrom(long messageId, int start, int end, double confidence, long posterId) {

    /** Below this the match may be a common phrase rather than the same passage. */
    static final double TRUSTED = 0.8;

    String evidence() {
        return String.format("first written in message %d (text match %.0f%%)", messageId, confidence * 100);
    }
}
