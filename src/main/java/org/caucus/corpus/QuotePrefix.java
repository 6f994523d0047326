package org.caucus.corpus;

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

    private static int afterSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
