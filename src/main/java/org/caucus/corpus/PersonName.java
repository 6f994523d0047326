package org.caucus.corpus;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as participant matching compares it: in Latin letters without accents, lower case, given name
 * first. "Varon, Joana", "JOANA VARON" and "Joána Varón" all read "joana varon"; so does a name in another script
 * once ICU has transliterated it.
 */
final class PersonName {

    // The block of combining diacritical marks, which canonical decomposition splits accents into.
    private static final char COMBINING_ACCENTS_START = '\u0300';
    private static final char COMBINING_ACCENTS_END = '\u036f';
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z0-9]+");
    // Written after a comma, these are part of the name rather than the given name of "Last, First".
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");

    private final List<String> words;

    private PersonName(List<String> words) {
        this.words = words;
    }

    /**
     * @param written as a mail header or attribution line gives it; an address is no name and reads as empty
     */
    static PersonName of(String written) {
        if (written == null || MailAddress.parse(written).isPresent()) {
            return new PersonName(List.of());
        }
        String name = BRACKETED.matcher(written).replaceAll(" ").strip();
        String folded =
                NOT_A_LETTER.matcher(fold(givenNameFirst(name))).replaceAll(" ").strip();
        return new PersonName(folded.isEmpty() ? List.of() : List.of(folded.split(" ")));
    }

    /**
     * Most names in an archive are plain ASCII, and most others only add accents to ASCII letters. For both, ICU's
     * chain gives what lower-casing without the accents gives (the test goes through every such letter), at a far
     * higher cost: creating the chain alone takes half a second. So ICU is asked, and created, only for the rest.
     */
    private static String fold(String name) {
        String withoutAccents = withoutAccents(name);
        return withoutAccents != null ? withoutAccents.toLowerCase(Locale.ROOT) : Icu.FOLD.transliterate(name);
    }

    /** The name without the accents of its letters, or {@code null} when some character is more than an accent. */
    static String withoutAccents(String name) {
        if (isAscii(name)) {
            return name;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x80) {
                kept.append(c);
            } else if (c < COMBINING_ACCENTS_START || c > COMBINING_ACCENTS_END) {
                return null;
            }
        }
        return kept.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Created on first use: many imports never need it. Transliterators keep no state between calls. */
    private static final class Icu {
        static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    }

    /** "Malcolm, Jeremy" is Jeremy Malcolm; "Jeremy Malcolm, PhD" keeps its order. */
    private static String givenNameFirst(String name) {
        int comma = name.indexOf(',');
        if (comma < 0 || comma != name.lastIndexOf(',')) {
            return name;
        }
        String family = name.substring(0, comma).strip();
        String given = name.substring(comma + 1).strip();
        if (family.isEmpty()
                || given.isEmpty()
                || SUFFIXES.contains(NOT_A_LETTER.matcher(fold(given)).replaceAll(""))) {
            return name.replace(',', ' ');
        }
        return given + " " + family;
    }

    /**
     * The name lower-cased and single-spaced, with each letter beyond ASCII written '?', as archives that lost those
     * letters print it: "thomas herv?" for Thomas Hervé.
     */
    static String withLettersLost(String name) {
        StringBuilder lost = new StringBuilder(name.length());
        name.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                if (!lost.isEmpty() && lost.charAt(lost.length() - 1) != ' ') {
                    lost.append(' ');
                }
            } else {
                lost.appendCodePoint(c > 127 && Character.isLetter(c) ? '?' : c);
            }
        });
        return lost.toString();
    }

    /** The name as one comparable string; empty for no name. */
    String key() {
        return String.join(" ", words);
    }

    List<String> words() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * Whether this shorter name could be written for the longer one: the same given name in full, then its other
     * words in the same order, ending with the same family name; a one-letter word stands for a middle name with that
     * initial ("parminder", "Parminder Singh" or "Parminder J. Singh" for "Parminder Jeet Singh"). An initial for the
     * given name is not enough: "J. Malcolm" may be James as well as Jeremy.
     */
    boolean couldShorten(PersonName longer) {
        List<String> other = longer.words;
        if (words.isEmpty()
                || words.size() > other.size()
                || words.equals(other)
                || !words.getFirst().equals(other.getFirst())) {
            return false;
        }
        int o = 1;
        for (int w = 1; w < words.size(); w++) {
            while (o < other.size() && !standsFor(words.get(w), other.get(o))) {
                o++;
            }
            if (o == other.size()) {
                return false;
            }
            o++;
        }
        // A family name given must be the family name, not a middle name.
        return words.size() == 1 || standsFor(words.getLast(), other.getLast());
    }

    private static boolean standsFor(String word, String full) {
        return word.equals(full) || (word.length() == 1 && full.startsWith(word));
    }

    @Override
    public String toString() {
        return key();
    }
}
