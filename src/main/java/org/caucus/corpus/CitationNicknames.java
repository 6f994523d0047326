package org.caucus.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quote markers that open with a nickname or initials, {@code Nicola> Not me, man}, where most clients write {@code
 * > }. Read by the markers alone, such lines are the poster's own text. Two clients wrote them:
 *
 * <ul>
 *   <li>Supercite, the citing package of Emacs mail readers (Gnus, VM), under a header line that names the writer
 *       and the nickname, {@code >>>>> "Nicola" == Nicola Larosa <nico at teknico.net> writes:}. Read by its markers,
 *       the header is a quote five levels deep. twisted-python has about eight hundred cited lines, many of them
 *       Glyph's;
 *   <li>The Bat!, with the writer's initials, under {@code Tuesday, April 22, 2003, 10:48:27 PM, you wrote:}.
 * </ul>
 *
 * <p>Only the nicknames that a Supercite header in the same body gives, and initials below The Bat!'s line, are read
 * as markers, so that a shell's prompt ({@code mysql> select}) stays what it is.
 */
final class CitationNicknames {

    /**
     * Supercite's header after its {@code >>>>> } tag, which is not quotation. The writer is matched greedily: a lazy
     * match before {@code \s+} took seconds on a line of twenty thousand spaces.
     */
    static final Pattern SUPERCITE_HEADER = Pattern.compile(
            "\"(?<nickname>[\\p{L}\\p{N}._-]{1,30})\"\\s*==\\s*(?<writer>\\S.*)\\s(?:writes|wrote)\\s*:\\s*");

    private static final int TAG_MARKERS = ">>>>>".length();
    private static final int LONGEST_NICKNAME = 30;
    // The Bat!'s attribution names no one: its reader knows who "you" are.
    private static final String YOU_WROTE = ", you wrote:";
    private static final Pattern INITIALS = Pattern.compile("([A-Z]{1,4})>(?:\\s.*)?");

    private CitationNicknames() {}

    /**
     * @return the lines, with each Supercite header at the depth it was written at and each cited line one level
     *     deeper than the text around it, without its nickname; the same list when no line is cited so
     */
    static List<BodyLine> cited(List<BodyLine> lines) {
        Set<String> nicknames = new HashSet<>();
        boolean belowYouWrote = false;
        for (BodyLine line : lines) {
            Matcher header = header(line);
            if (header != null) {
                nicknames.add(header.group("nickname"));
            } else if (line.isBlank()) {
                continue;
            } else if (belowYouWrote) {
                // The first line of The Bat!'s quote gives the initials; a prompt further down ("SQL> ") is no quote.
                Matcher initials = INITIALS.matcher(line.content().substring(line.indent()));
                if (initials.matches()) {
                    nicknames.add(initials.group(1));
                }
            }
            belowYouWrote = endsInYouWrote(line.content());
        }
        if (nicknames.isEmpty()) {
            return lines;
        }
        List<BodyLine> read = new ArrayList<>(lines.size());
        for (BodyLine line : lines) {
            read.add(header(line) != null ? line.deeper(-TAG_MARKERS) : withoutNicknames(line, nicknames));
        }
        return read;
    }

    /** Asked of every line of every message, so without copying it. */
    private static boolean endsInYouWrote(String content) {
        int end = content.length();
        while (end > 0 && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return content.startsWith(YOU_WROTE, end - YOU_WROTE.length());
    }

    private static Matcher header(BodyLine line) {
        if (line.depth() < TAG_MARKERS || line.isBlank() || line.opening() != '"') {
            return null;
        }
        Matcher header = SUPERCITE_HEADER.matcher(line.content());
        return header.matches() ? header : null;
    }

    /**
     * A line that opens with a nickname and a marker, as a cited line does, one level deeper and without them; a
     * writer citing someone who had cited a third gives a nickname or markers after the first, each another level.
     */
    private static BodyLine withoutNicknames(BodyLine line, Set<String> nicknames) {
        String content = line.content();
        int depth = line.depth();
        int at = line.indent();
        while (true) {
            int marker = content.indexOf('>', at);
            if (marker > at && marker - at <= LONGEST_NICKNAME && nicknames.contains(content.substring(at, marker))) {
                depth++;
                at = marker + 1;
            } else if (at < content.length() && content.charAt(at) == '>' && at > line.indent()) {
                depth++;
                at++;
            } else {
                break;
            }
            at = QuotePrefix.afterSpaces(content, at, content.length());
        }
        return depth == line.depth() ? line : new BodyLine(line.start(), line.end(), depth, content.substring(at));
    }

    /**
     * The nickname that opens the line from {@code from} to {@code end}, as a cited line opens, after any whitespace;
     * a quoted passage whose first line opens so is Supercite's, and its lines open with the same nickname.
     *
     * @return {@code null} when the line opens otherwise
     */
    static String nicknameOpening(String text, int from, int end) {
        int at = QuotePrefix.afterSpaces(text, from, end);
        int marker = text.indexOf('>', at);
        if (marker <= at || marker >= end || marker - at > LONGEST_NICKNAME) {
            return null;
        }
        for (int i = at; i < marker; i++) {
            if (!isNicknameCharacter(text.charAt(i))) {
                return null;
            }
        }
        return text.substring(at, marker);
    }

    /** Where the line's text starts: past the nickname, its marker and the blanks after them, when it opens so. */
    static int afterNickname(String text, int from, int end, String nickname) {
        int at = QuotePrefix.afterSpaces(text, from, end);
        int marker = at + nickname.length();
        return marker < end && text.charAt(marker) == '>' && text.startsWith(nickname, at)
                ? QuotePrefix.afterSpaces(text, marker + 1, end)
                : from;
    }

    /**
     * Where a quoted line's own words start: past its quote markers, and past the nickname too when its passage opens
     * with one ({@code nickname} is then that nickname, else {@code null}).
     */
    static int quotedTextStart(String text, int lineStart, int lineEnd, String nickname) {
        int content = lineStart + QuotePrefix.of(text, lineStart, lineEnd).length();
        return nickname == null ? content : afterNickname(text, content, lineEnd, nickname);
    }

    /** As {@link #SUPERCITE_HEADER} has them: a nickname is a name or initials. */
    private static boolean isNicknameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }
}
