package org.caucus.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caucus.corpus.importing.ParsedMessage;

/**
 * The passages of a few messages about to be stored that a quote may share with the project's stored messages: their
 * quotes, whose origins are looked for, and their own text, which earlier imports' quotes may turn out to have quoted.
 * Each block is cut into overlapping windows of words, so that a quote of a few lines is a window of its own however
 * it falls, and each window is given by its few longest words, which say most about where it comes from.
 */
final class PassagesToTrace {

    /** Words in a window: three shingles' worth. */
    static final int WINDOW = 3 * QuoteOriginIndex.SHINGLE_WORDS;

    private static final int STRIDE = WINDOW / 2;
    private static final int SHORTEST_WORD = 4;
    private static final int FEWEST_WORDS = 4;
    private static final int MOST_WORDS = 12;

    private PassagesToTrace() {}

    /**
     * @param most at most how many passages; more than that and looking for each costs more than reading every stored
     *     message back
     * @return the passages, each as its longest words in lower case; empty when there are more than {@code
     *     most}
     */
    static Optional<List<Set<String>>> of(List<ParsedMessage> messages, BodySegmenter segmenter, int most) {
        List<Set<String>> passages = new ArrayList<>();
        for (ParsedMessage message : messages) {
            String body = message.body();
            for (BodySegment block : segmenter.segment(body, message.posterName())) {
                if (block.role() != BlockRole.QUOTE && block.role() != BlockRole.OWN_TEXT) {
                    continue;
                }
                String text = body.substring(block.start(), block.end());
                if (text.codePoints().anyMatch(PassagesToTrace::writtenWithoutSpaces)) {
                    // Its words run together, and the index of words cuts them otherwise than quote tracing does.
                    return Optional.empty();
                }
                addWindows(text, WordTokens.of(text), passages);
                if (passages.size() > most) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(passages);
    }

    /** The longest words, which are the rarest: "that" and "with" are in every message. */
    private static Set<String> longest(Set<String> words) {
        Set<String> longest = new LinkedHashSet<>();
        words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(MOST_WORDS)
                .forEach(longest::add);
        return longest;
    }

    private static boolean writtenWithoutSpaces(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    private static void addWindows(String text, WordTokens words, List<Set<String>> passages) {
        if (words.size() < QuoteOriginIndex.SHINGLE_WORDS) {
            return; // too short to be traced at all
        }
        for (int from = 0; ; from += STRIDE) {
            int to = Math.min(from + WINDOW, words.size());
            Set<String> distinct = new LinkedHashSet<>();
            for (int w = from; w < to; w++) {
                String word = text.substring(words.start(w), words.end(w));
                if (word.length() >= SHORTEST_WORD && word.chars().allMatch(Character::isLetter)) {
                    distinct.add(word.toLowerCase(Locale.ROOT));
                }
            }
            if (distinct.size() >= FEWEST_WORDS) {
                passages.add(longest(distinct));
            }
            if (to == words.size()) {
                return;
            }
        }
    }
}
