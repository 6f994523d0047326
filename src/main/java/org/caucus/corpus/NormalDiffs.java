package org.caucus.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Patches pasted in the format {@code diff} writes without options: a command line ({@code 26c30}), the old lines
 * marked {@code < }, a {@code ---} between, and the new lines marked {@code > }. Read by their markers, the new lines
 * are a quote of someone else; they are the poster's, or those of whoever wrote the text the patch stands in.
 * twisted-python has about 120 such blocks, in patches to its documentation.
 */
final class NormalDiffs {

    // "26c30", "103c110", "62c66,67", "8a9", "12,14d11".
    private static final Pattern COMMAND = Pattern.compile("\\d+(?:,\\d+)?[acd]\\d+(?:,\\d+)?");
    private static final String SEPARATOR = "---";
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private NormalDiffs() {}

    /** @return the lines, with the new lines of each hunk at the depth of its command line */
    static List<BodyLine> unquoted(List<BodyLine> lines) {
        CorrectedLines read = new CorrectedLines(lines);
        int i = 0;
        while (i < lines.size()) {
            if (!isCommand(lines.get(i))) {
                i++;
                continue;
            }
            int depth = lines.get(i).depth();
            int end = i + 1;
            while (end < lines.size() && isHunkLine(lines.get(end), depth)) {
                if (lines.get(end).depth() == depth + 1) {
                    read.set(end, lines.get(end).deeper(-1));
                }
                end++;
            }
            i = end;
        }
        return read.result();
    }

    private static boolean isCommand(BodyLine line) {
        if (line.isBlank()) {
            return false;
        }
        char opening = line.opening();
        return opening >= '0'
                && opening <= '9'
                && COMMAND.matcher(line.content().strip()).matches();
    }

    /** An old line, the separator or a new line of a hunk whose command line is at {@code depth}. */
    private static boolean isHunkLine(BodyLine line, int depth) {
        if (line.depth() == depth + 1) {
            return true;
        }
        if (line.depth() != depth || line.isBlank()) {
            return false;
        }
        String content = line.content();
        return content.startsWith("< ")
                || content.equals("<")
                || content.equals(SEPARATOR)
                || content.equals(NO_NEWLINE);
    }
}
