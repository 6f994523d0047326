package org.caucus.corpus;

/**
 * Cheap character tests that never say no where a regular expression of segmenting would match, so that the many
 * lines of code, prose and quotes they rule out skip the expression: attributions and header fields are few.
 */
final class RegexShortcuts {

    private RegexShortcuts() {}

    /**
     * Whether a case-insensitive expression whose forms all start with one of the letters may match text starting
     * with {@code c}. Any non-ASCII character may: Unicode case folding maps some of them (the long s, the dotless i)
     * to ASCII letters.
     *
     * @param letters lower-case ASCII letters
     */
    static boolean mayOpen(char c, String letters) {
        return c >= 128 || letters.indexOf(Character.toLowerCase(c)) >= 0;
    }

    /**
     * Whether a case-insensitive expression may find the word in the text. {@link String#regionMatches(boolean, int,
     * String, int, int)} equates every pair of characters that Unicode case folding does, and a few more.
     */
    static boolean mayMention(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code \s} matches the character (without Unicode character classes). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
