package org.caucus.corpus;

import java.util.Optional;

/**
 * The run of quote markers at the start of a line. Mail clients write the markers for each level of quoting with or
 * without spaces between them ({@code >>}, {@code > >}, {@code  > }), so only the markers are counted.
 *
 * @param depth how many times the line has been quoted
 * @param length how many characters the markers and the spaces around them take
 */
record QuotePrefix(int depth, int length) {

    private static final QuotePrefix NONE = new QuotePrefix(0, 0);

    static QuotePrefix of(String line) {
        return of(line, 0, line.length());
    }

    /** The prefix of the line that runs from {@code start} to {@code end} in a longer text, without copying it. */
    static QuotePrefix of(String text, int start, int end) {
        int after = afterSpaces(text, start, end);
        int depth = 0;
        while (after < end && text.charAt(after) == '>') {
            depth++;
            after = afterSpaces(text, after + 1, end);
        }
        return depth == 0 ? NONE : new QuotePrefix(depth, after - start);
    }

    /**
     * The prefix the line would have if its last three markers were not quote markers but Python's interactive prompt:
     * {@code >>>} written together, apart from any marker before them, and followed by one space and code or by
     * nothing.
     *
     * @return that shorter prefix, or empty when the line does not end its markers so
     */
    static Optional<QuotePrefix> beforePrompt(String text, int start, int end) {
        // Where the last four markers are, in a ring: the prompt's three and the one before them are all that matter.
        int[] markers = new int[4];
        int depth = 0;
        int after = afterSpaces(text, start, end);
        while (after < end && text.charAt(after) == '>') {
            markers[depth % markers.length] = after;
            depth++;
            after = afterSpaces(text, after + 1, end);
        }
        if (depth < 3) {
            return Optional.empty();
        }
        int prompt = markers[(depth - 3) % markers.length];
        boolean together = markers[(depth - 1) % markers.length] == prompt + 2;
        boolean apart = depth == 3 || markers[(depth - 4) % markers.length] < prompt - 1;
        if (!together || !apart || !endsLikePrompt(text, prompt + 3, end)) {
            return Optional.empty();
        }
        int base = depth - 3;
        int length = base == 0 ? 0 : afterSpaces(text, markers[(base - 1) % markers.length] + 1, end) - start;
        return Optional.of(base == 0 ? NONE : new QuotePrefix(base, length));
    }

    /**
     * Whether the line goes on from a prompt as Python's interpreter would have it: with nothing, or one space and
     * then code. Code typed at the prompt cannot be indented, so {@code >>>} with more space after it is a quote of
     * indented text.
     */
    private static boolean endsLikePrompt(String text, int afterPrompt, int end) {
        if (afterPrompt == end) {
            return true;
        }
        return text.charAt(afterPrompt) == ' '
                && (afterPrompt + 1 == end || !Character.isWhitespace(text.charAt(afterPrompt + 1)));
    }

    /** Where the spaces and tabs from {@code from} on end, at most at {@code end}. */
    static int afterSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
