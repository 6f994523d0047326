package org.caucus.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run of quote markers at the start of a line. Mail clients write the markers for each level of quoting with or
 * without spaces between them ({@code >>}, {@code > >}, {@code  > }), so only the markers are counted.
 *
 * @param depth how many times the line has been quoted
 * @param length how many characters the markers and the spaces around them take
 */
record QuotePrefix(int depth, int length) {

    private static final Pattern MARKERS = Pattern.compile("^[ \\t]*(?:>[ \\t]*)+");

    static QuotePrefix of(String line) {
        Matcher markers = MARKERS.matcher(line);
        if (!markers.find()) {
            return new QuotePrefix(0, 0);
        }
        String prefix = markers.group();
        return new QuotePrefix((int) prefix.chars().filter(c -> c == '>').count(), prefix.length());
    }
}
