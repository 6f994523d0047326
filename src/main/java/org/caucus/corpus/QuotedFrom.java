package org.caucus.corpus;

/**
 * Where a quoted block was first written: a stored earlier message, the span there, and its poster,
 * who is the block's speaker whatever the attribution line said ({@code null} when that message's
 * poster is unknown).
 */
record QuotedFrom(long messageId, int start, int end, double confidence, Long posterId) {

    /** Below this the match may be a common phrase rather than the same passage. */
    static final double TRUSTED = 0.8;

    String evidence() {
        // Concatenated, not formatted: an import writes this for tens of thousands of blocks.
        return "first written in message " + messageId + " (text match " + Math.round(confidence * 100) + "%)";
    }
}
