package org.caucus.corpus;

/**
 * The run of quote markers at the start of a line. Mail clients write the markers for each level of quoting with or
 * without spaces between them ({@code >>}, {@code > >}, {@code  > }), so only the markers are counted.
 *
 * @param depth how many times the line has been quoted
 * @param length how many characters the markers and the spaces around them take
 */
record QuotePrefix(int depth, int length) {

    static QuotePrefix of(String line) {
        int end = afterSpaces(line, 0);
        int depth = 0;
        while (end < line.length() && line.charAt(end) == '>') {
            depth++;
            end = afterSpaces(line, end + 1);
        }
        return depth == 0 ? new QuotePrefix(0, 0) : new QuotePrefix(depth, end);
    }

    private static int afterSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
