package org.caucus.corpus;

import java.util.List;

/**
 * Lines that an mbox archive escaped. A body line that starts with "From " would read as the start of the next
 * message, so archives write it {@code >From }, with a marker that nobody quoted. Read by its markers, the poster's
 * own sentence ("From memory, it is also possible to ...") is a one-line quote, credited to someone else.
 * twisted-python has about 140 of them, and some 20 more inside later quotes ({@code > >From }).
 *
 * <p>Such a line is read one level less deep, as written, unless it stands in a quote whose markers run into the text
 * the same way ({@code >From the Protocol object,} above {@code >getHost() and getPeer().}), or right below an
 * attribution line: there "From" is the first word of a quoted line.
 */
final class EscapedFromLines {

    private static final String FROM = "From ";

    private EscapedFromLines() {}

    /**
     * @param body the body the lines were split from
     * @return the lines, with each escaped "From " line at the depth it was written at
     */
    static List<BodyLine> unescaped(String body, List<BodyLine> lines) {
        CorrectedLines read = new CorrectedLines(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (isEscaped(body, lines, i)) {
                read.set(i, lines.get(i).deeper(-1));
            }
        }
        return read.result();
    }

    private static boolean isEscaped(String body, List<BodyLine> lines, int index) {
        BodyLine line = lines.get(index);
        if (line.depth() == 0 || !line.content().startsWith(FROM) || !markersRunIntoText(body, line)) {
            return false;
        }
        BodyLine before = nonBlankNeighbour(lines, index, -1);
        BodyLine after = nonBlankNeighbour(lines, index, 1);
        return !isTightQuote(body, before, line.depth())
                && !isTightQuote(body, after, line.depth())
                && !introducesQuote(before, line.depth());
    }

    /** An attribution line just above: "From the msdn:" is the first line of what it introduces. */
    private static boolean introducesQuote(BodyLine line, int depth) {
        return line != null && line.depth() == depth - 1 && AttributionLine.mayBeAttribution(line.content());
    }

    /** Whether the line's last quote marker stands right before its text, as an escape's does. */
    private static boolean markersRunIntoText(String body, BodyLine line) {
        int contentStart = contentEnd(body, line) - line.content().length();
        return contentStart > line.start() && body.charAt(contentStart - 1) == '>';
    }

    /** A line of a quote at least as deep, whose markers also run into its text. */
    private static boolean isTightQuote(String body, BodyLine line, int depth) {
        return line != null && line.depth() >= depth && markersRunIntoText(body, line);
    }

    private static BodyLine nonBlankNeighbour(List<BodyLine> lines, int index, int step) {
        for (int i = index + step; i >= 0 && i < lines.size(); i += step) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static int contentEnd(String body, BodyLine line) {
        return line.end() > line.start() && body.charAt(line.end() - 1) == '\n' ? line.end() - 1 : line.end();
    }
}
