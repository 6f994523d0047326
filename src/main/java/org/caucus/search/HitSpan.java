package org.caucus.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.caucus.corpus.MessageReading;

/** How much text around a hit is coded when hits are coded in bulk. */
public enum HitSpan {
    /** The matched words only. */
    WORDS("the matched words") {
        @Override
        Bounds around(MessageReading message, int start, int end) {
            return new Bounds(start, end);
        }
    },
    /**
     * The sentence the hit lies in, kept inside the hit's block so that the passage has one
     * speaker. Line breaks and quote markers inside a wrapped sentence do not end it.
     */
    SENTENCE("the sentence around each hit") {
        @Override
        Bounds around(MessageReading message, int start, int end) {
            MessageReading.BlockReading block = message.blocks().stream()
                    .filter(b -> b.start() <= start && start < b.end())
                    .findFirst()
                    .orElse(null);
            int from = block == null ? 0 : block.start();
            int to = block == null ? message.body().length() : Math.max(end, block.end());
            String text = unwrapped(message.body().substring(from, to));
            // English rules with the usual abbreviations ("e.g.", "Mr.") not taken for sentence ends.
            BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
            sentences.setText(text);
            int sentenceStart = from + sentences.preceding(start - from + 1);
            int sentenceEnd = from + sentences.following(Math.max(start, end - 1) - from);
            return trimmed(message.body(), Math.min(sentenceStart, start), Math.max(sentenceEnd, end));
        }
    };

    private final String label;

    HitSpan(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A range of the message text. */
    record Bounds(int start, int end) {}

    abstract Bounds around(MessageReading message, int start, int end);

    /**
     * The same text, character for character, with single line breaks and the quote markers after
     * them turned into spaces, so that only a blank line or punctuation ends a sentence.
     */
    private static String unwrapped(String text) {
        StringBuilder plain = new StringBuilder(text);
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) == '>' && (i == 0 || isLineStartMarker(plain, i))) {
                plain.setCharAt(i, ' ');
            }
        }
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) == '\n') {
                int next = i + 1;
                while (next < plain.length() && plain.charAt(next) == ' ') {
                    next++;
                }
                boolean blankLineFollows = next >= plain.length() || plain.charAt(next) == '\n';
                if (!blankLineFollows) {
                    plain.setCharAt(i, ' ');
                }
            }
        }
        return plain.toString();
    }

    /** Whether the {@code >} at {@code i} is a quote marker: only markers and spaces since the line began. */
    private static boolean isLineStartMarker(StringBuilder text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != '>' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Without the spaces, line breaks and quote markers at either end. */
    private static Bounds trimmed(String body, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && (Character.isWhitespace(body.charAt(from)) || body.charAt(from) == '>')) {
            from++;
        }
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        return new Bounds(from, to);
    }
}
