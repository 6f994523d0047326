package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a message body.
 *
 * @param start offset of the line's first character in the body
 * @param end offset one past the line's {@code '\n'}, or the end of the body for the last line
 * @param depth how many times the line has been quoted
 * @param content the line without its quote prefix and line break
 * @param isBlank whether the content is only whitespace: a blank line says nothing, so it never starts a block of its
 *     own. Segmenting asks this of every line many times, so it is worked out once.
 */
record BodyLine(int start, int end, int depth, String content, boolean isBlank) {

    BodyLine(int start, int end, int depth, String content) {
        this(start, end, depth, content, content.isBlank());
    }

    static List<BodyLine> split(String body) {
        List<BodyLine> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int lineBreak = body.indexOf('\n', start);
            int end = lineBreak < 0 ? body.length() : lineBreak + 1;
            String text = body.substring(start, lineBreak < 0 ? end : lineBreak);
            QuotePrefix prefix = QuotePrefix.of(text);
            lines.add(new BodyLine(start, end, prefix.depth(), text.substring(prefix.length())));
            start = end;
        }
        return lines;
    }

    /** The same line counted {@code levels} deeper, as the text of an original below an Outlook header is. */
    BodyLine deeper(int levels) {
        return levels == 0 ? this : new BodyLine(start, end, depth + levels, content, isBlank);
    }
}
