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
 * @param indent where the content's first character other than whitespace is; its length for a blank line. Segmenting
 *     asks every line many times whether it is blank and how it opens: this is worked out once, and most lines are
 *     ruled out by their opening character before their content is stripped for a regular expression.
 */
record BodyLine(int start, int end, int depth, String content, int indent) {

    BodyLine(int start, int end, int depth, String content) {
        this(start, end, depth, content, indentOf(content));
    }

    static List<BodyLine> split(String body) {
        List<BodyLine> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int lineBreak = body.indexOf('\n', start);
            int end = lineBreak < 0 ? body.length() : lineBreak + 1;
            int contentEnd = lineBreak < 0 ? end : lineBreak;
            QuotePrefix prefix = QuotePrefix.of(body, start, contentEnd);
            lines.add(new BodyLine(start, end, prefix.depth(), body.substring(start + prefix.length(), contentEnd)));
            start = end;
        }
        return lines;
    }

    /** Whether the content is only whitespace: a blank line says nothing, so it never starts a block of its own. */
    boolean isBlank() {
        return indent == content.length();
    }

    /** The content's first character other than whitespace; only for a line that is not blank. */
    char opening() {
        return content.charAt(indent);
    }

    /** The same line counted {@code levels} deeper, as the text of an original below an Outlook header is. */
    BodyLine deeper(int levels) {
        return levels == 0 ? this : new BodyLine(start, end, depth + levels, content, indent);
    }

    /** As far as {@link String#strip} would take away from the start: whitespace is the same for both. */
    private static int indentOf(String content) {
        int indent = 0;
        while (indent < content.length() && Character.isWhitespace(content.charAt(indent))) {
            indent++;
        }
        return indent;
    }
}
