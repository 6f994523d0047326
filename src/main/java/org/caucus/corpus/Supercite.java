package org.caucus.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations as Supercite, the citing package of Emacs mail readers (Gnus, VM), wrote them. A header line names the
 * writer and a nickname, {@code >>>>> "Nicola" == Nicola Larosa <nico at teknico.net> writes:}, and each line cited
 * from them opens with the nickname and a marker, {@code Nicola> Not me, man}, where other clients write {@code > }.
 * Read by the markers alone, the header is a quote five levels deep and the cited lines are the poster's own text;
 * twisted-python has about eight hundred such lines, many of them Glyph's.
 *
 * <p>Only the nicknames that a header in the same body gives are read as markers, so that a shell's prompt ({@code
 * mysql> select}) stays what it is.
 */
final class Supercite {

    /** The header's text after its {@code >>>>> } tag, which is not quotation. */
    static final Pattern HEADER = Pattern.compile(
            "\"(?<nickname>[\\p{L}\\p{N}._-]{1,30})\"\\s*==\\s*(?<writer>\\S.*?)\\s+(?:writes|wrote)\\s*:\\s*");

    private static final int TAG_MARKERS = ">>>>>".length();
    private static final int LONGEST_NICKNAME = 30;

    private Supercite() {}

    /**
     * @return the lines, with each header at the depth it was written at and each cited line one level deeper than
     *     the header it follows, without its nickname; the same list when the body has no header
     */
    static List<BodyLine> cited(List<BodyLine> lines) {
        Set<String> nicknames = new HashSet<>();
        for (BodyLine line : lines) {
            Matcher header = header(line);
            if (header != null) {
                nicknames.add(header.group("nickname"));
            }
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

    private static Matcher header(BodyLine line) {
        if (line.depth() < TAG_MARKERS || line.isBlank() || line.opening() != '"') {
            return null;
        }
        Matcher header = HEADER.matcher(line.content());
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
            while (at < content.length() && (content.charAt(at) == ' ' || content.charAt(at) == '\t')) {
                at++;
            }
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
        int at = afterBlanks(text, from, end);
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
        int at = afterBlanks(text, from, end);
        int marker = at + nickname.length();
        return marker < end && text.charAt(marker) == '>' && text.startsWith(nickname, at)
                ? afterBlanks(text, marker + 1, end)
                : from;
    }

    /** As {@link #HEADER} has them: a nickname is a name or initials. */
    private static boolean isNicknameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }

    private static int afterBlanks(String text, int from, int end) {
        int at = from;
        while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }
}
