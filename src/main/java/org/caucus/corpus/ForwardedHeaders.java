package org.caucus.corpus;

import java.util.List;

/**
 * The forwarded headers of one body, line by line, each worked out once: the Outlook originals below them are
 * deepened first, and the line roles then ask for the same headers again.
 *
 * <p>The headers are those of the lines as written, before deepening. That is what the line roles would find on the
 * deepened lines too: deepening adds the same levels to every line of a header block, and {@link
 * ForwardedHeader#length} compares only the depths of the lines of one block with each other (the lines after a
 * block, deepened one level more, were no header fields on either side).
 */
final class ForwardedHeaders {

    private final List<BodyLine> lines;

    /** By line: one more than the length of the header found there, 0 while not yet asked. */
    private final int[] lengths;

    ForwardedHeaders(List<BodyLine> lines) {
        this.lines = lines;
        this.lengths = new int[lines.size()];
    }

    /** As {@link ForwardedHeader#length} of the lines as written. */
    int lengthAt(int index) {
        if (lengths[index] == 0) {
            lengths[index] = ForwardedHeader.length(lines, index) + 1;
        }
        return lengths[index] - 1;
    }
}
