package org.caucus.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer named in an attribution line or a {@code From:} field: a name, an address, or both, with the
 * decorations clients add ({@code <x@y>}, {@code x at y}, {@code [mailto:x]}, quotes).
 */
final class Writer {

    private static final int MAX_NAME_WORDS = 5;

    // Addresses come last, in any of the forms clients and archives print them, sometimes two in a row.
    private static final Pattern TRAILING_ADDRESS = Pattern.compile("\\s*(?:<[^<>]*>|\\[mailto:[^\\]]*\\]"
            + "|\\[[^\\]]*(?:@| at )[^\\]]*\\]|\\([^()]*(?:@| at )[^()]*\\)|\\S+@\\S+|\\S+ at \\S+\\.\\S+)$");
    private static final Pattern QUOTES = Pattern.compile("^[\"'“”‘’]+|[\"'“”‘’,]+$");
    // Words that do not occur in names but do in sentences that end in "wrote:", such as "Here is what Milton wrote:".
    private static final Set<String> SENTENCE_WORDS = Set.of(
            "a",
            "an",
            "the",
            "as",
            "at",
            "what",
            "which",
            "who",
            "whom",
            "whose",
            "that",
            "this",
            "these",
            "those",
            "he",
            "she",
            "it",
            "i",
            "you",
            "we",
            "they",
            "me",
            "him",
            "her",
            "us",
            "them",
            "my",
            "your",
            "his",
            "its",
            "our",
            "their",
            "someone",
            "somebody",
            "everyone",
            "everybody",
            "nobody",
            "anyone",
            "one",
            "also",
            "and",
            "or",
            "but",
            "not",
            "then",
            "once",
            "here",
            "there",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "has",
            "had",
            "have",
            "above",
            "below",
            "earlier",
            "previously",
            "originally",
            "already",
            "just",
            "where",
            "when",
            "if",
            "so",
            "of",
            "in",
            "on",
            "to",
            "for",
            "with",
            "by",
            "from",
            "about",
            "post",
            "message",
            "mail",
            "email",
            "list",
            "thread",
            "quote",
            "said",
            "wrote",
            "well",
            "again",
            "yesterday",
            "today",
            "later",
            "others");

    private Writer() {}

    /**
     * @param writer the text that names the writer, such as {@code "Varon, Joana" <joana@varon.org>}
     * @return the name without address and quotes; the address when there is no name; {@code null} for neither
     */
    static String nameOrAddress(String writer) {
        Parts parts = Parts.of(writer);
        return parts.name().isEmpty() ? parts.address() : parts.name();
    }

    /** Whether the text before "wrote:" is a writer rather than the end of a sentence. */
    static boolean isPlausible(String writer) {
        Parts parts = Parts.of(writer);
        if (parts.name().isEmpty()) {
            return parts.address() != null;
        }
        String[] words = parts.name().split("\\s+");
        return words.length <= MAX_NAME_WORDS && Arrays.stream(words).allMatch(Writer::isNameWord);
    }

    /** Whether a word could not be part of a name, as sentence-initial "As" or "Here" cannot. */
    static boolean isSentenceWord(String word) {
        return SENTENCE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isNameWord(String word) {
        String bare = withoutQuotes(word);
        return !bare.isEmpty()
                && Character.isLetter(bare.charAt(0))
                && bare.chars().noneMatch(Character::isDigit)
                && !isSentenceWord(bare);
    }

    private static String withoutQuotes(String text) {
        return QUOTES.matcher(text.strip()).replaceAll("").strip();
    }

    /** @param address the address nearest to the name, without brackets; {@code null} when there is none */
    private record Parts(String name, String address) {

        static Parts of(String writer) {
            String rest = writer.strip();
            String address = null;
            Matcher trailing = TRAILING_ADDRESS.matcher(rest);
            while (!rest.isEmpty() && trailing.find()) {
                address = trailing.group().strip();
                rest = rest.substring(0, trailing.start()).strip();
                trailing = TRAILING_ADDRESS.matcher(rest);
            }
            String bareAddress =
                    address == null ? null : withoutQuotes(address.replaceAll("^[<(\\[]+(?:mailto:)?|[>)\\]]+$", ""));
            return new Parts(withoutQuotes(rest), bareAddress);
        }
    }
}
