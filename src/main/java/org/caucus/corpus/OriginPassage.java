package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a passage of a quote in the message where the quote was first written. The quote may be wrapped at another
 * width and carries quote markers, so the two are compared as runs of non-blank characters: every run of the passage
 * must stand, in order and with nothing between, in the origin (the first and last may be parts of words when the
 * selection cut a word). When the passage cannot be found that way, or could be in more than one place, there is no
 * answer rather than a wrong one.
 */
final class OriginPassage {

    private final String quotingBody;
    private final int start;
    private final int end;
    private final List<String> words;
    private final boolean cutAtStart;
    private final boolean cutAtEnd;
    // Supercite's, when the line the passage starts on opens with one: each line of the quote opens with it.
    private final String nickname;

    /** @param start offset of the passage in the quoting body; {@code end} one past it */
    OriginPassage(String quotingBody, int start, int end) {
        this.quotingBody = quotingBody;
        this.start = start;
        this.end = end;
        int lineStart = quotingBody.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = lineEnd(quotingBody, lineStart);
        this.nickname = CitationNicknames.nicknameOpening(
                quotingBody, CitationNicknames.quotedTextStart(quotingBody, lineStart, lineEnd, null), lineEnd);
        this.words = wordsOf(withoutMarkers(quotingBody, start, end));
        this.cutAtStart =
                start > contentStart(quotingBody, start) && !Character.isWhitespace(quotingBody.charAt(start - 1));
        this.cutAtEnd = end < quotingBody.length() && !Character.isWhitespace(quotingBody.charAt(end));
    }

    /**
     * @param block the quote block the passage starts in, whose origin span narrows the search
     * @return where the passage stands in the origin's body, or empty when not found in exactly one place
     */
    Optional<TextSpan> in(String originBody, MessageBlock block) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<Run> origin = runsOf(originBody);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + words.size() <= origin.size(); i++) {
            if (matchesAt(originBody, origin, i)) {
                found.add(i);
            }
        }
        int spanStart = block.getOriginStart() == null ? 0 : block.getOriginStart();
        int spanEnd = block.getOriginEnd() == null ? originBody.length() : block.getOriginEnd();
        List<Integer> inSpan = found.stream()
                .filter(i -> origin.get(i).start >= spanStart && origin.get(i + words.size() - 1).end <= spanEnd)
                .toList();
        if (inSpan.size() == 1) {
            return span(originBody, origin, inSpan.getFirst());
        }
        if (inSpan.size() > 1) {
            // The same words twice in the quoted span: the passage is the one as far into the span as into the quote.
            int before = wordsOf(withoutMarkers(quotingBody, Math.min(block.getStart(), start), start))
                            .size()
                    - (cutAtStart ? 1 : 0);
            int first =
                    (int) origin.stream().filter(run -> run.start < spanStart).count();
            return inSpan.contains(first + before) ? span(originBody, origin, first + before) : Optional.empty();
        }
        return found.size() == 1 ? span(originBody, origin, found.getFirst()) : Optional.empty();
    }

    private boolean matchesAt(String originBody, List<Run> origin, int at) {
        int last = words.size() - 1;
        for (int w = 0; w <= last; w++) {
            String run = origin.get(at + w).text(originBody);
            String word = words.get(w);
            boolean matches;
            if (last == 0 && cutAtStart && cutAtEnd) {
                matches = run.indexOf(word) >= 0 && run.indexOf(word) == run.lastIndexOf(word);
            } else if (w == 0 && cutAtStart) {
                matches = run.endsWith(word);
            } else if (w == last && cutAtEnd) {
                matches = run.startsWith(word);
            } else {
                matches = run.equals(word);
            }
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private Optional<TextSpan> span(String originBody, List<Run> origin, int at) {
        Run first = origin.get(at);
        Run last = origin.get(at + words.size() - 1);
        if (words.size() == 1 && cutAtStart && cutAtEnd) {
            int from = first.start + first.text(originBody).indexOf(words.getFirst());
            return Optional.of(new TextSpan(from, from + words.getFirst().length()));
        }
        int from = cutAtStart ? first.end - words.getFirst().length() : first.start;
        int to = cutAtEnd ? last.start + words.getLast().length() : last.end;
        return Optional.of(new TextSpan(from, to));
    }

    /** The text of a range of a body with the quote markers (and nickname) at the start of each of its lines left out. */
    private String withoutMarkers(String body, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        int lineStart = body.lastIndexOf('\n', from - 1) + 1;
        while (lineStart < to) {
            int lineEnd = lineEnd(body, lineStart);
            int a = Math.max(from, contentStart(body, lineStart, lineEnd));
            int b = Math.min(to, lineEnd);
            if (a < b) {
                text.append(body, a, b);
            }
            text.append('\n');
            lineStart = lineEnd + 1;
        }
        return text.toString();
    }

    /** Where the text after the quote markers (and nickname) of the line holding {@code offset} starts. */
    private int contentStart(String body, int offset) {
        int lineStart = body.lastIndexOf('\n', offset - 1) + 1;
        return contentStart(body, lineStart, lineEnd(body, lineStart));
    }

    private int contentStart(String body, int lineStart, int lineEnd) {
        return CitationNicknames.quotedTextStart(body, lineStart, lineEnd, nickname);
    }

    private static int lineEnd(String body, int lineStart) {
        int lineBreak = body.indexOf('\n', lineStart);
        return lineBreak < 0 ? body.length() : lineBreak;
    }

    private static List<String> wordsOf(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    private static List<Run> runsOf(String body) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (from < i) {
                runs.add(new Run(from, i));
            }
        }
        return runs;
    }

    /** A run of non-blank characters of a body. */
    private record Run(int start, int end) {
        String text(String body) {
            return body.substring(start, end);
        }
    }
}
