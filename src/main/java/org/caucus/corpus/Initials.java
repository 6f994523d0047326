package org.caucus.corpus;

/**
 * A look at the first letter of a line that spares most lines a case-insensitive regular expression: code, prose and
 * quotes far outnumber the attributions and header fields those expressions look for.
 */
final class Initials {

    private Initials() {}

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
}
