package org.caucus.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a mail client writes above a quotation to say whose words follow: {@code On <date>, <Name> wrote:},
 * {@code <Name> wrote:} or {@code <Name> <address> wrote:}.
 */
final class AttributionLine {

    private static final String WROTE = "wrote:";
    private static final int MAX_NAME_WORDS = 4;

    // The address comes last, in any of the forms clients and archives print it.
    private static final Pattern TRAILING_ADDRESS =
            Pattern.compile("\\s*(?:<[^<>]*>|\\([^()]*@[^()]*\\)|\\S+@\\S+|\\S+ at \\S+\\.\\S+)$");
    private static final Pattern TRAILING_QUOTED_NAME = Pattern.compile("\"([^\"]+)\"$");
    private static final Set<String> NAME_PARTICLES =
            Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm");

    private AttributionLine() {}

    /** Whether a line, without its quote prefix, is a whole attribution line. */
    static boolean isAttribution(String content) {
        String line = content.strip();
        if (!line.endsWith(WROTE)) {
            return false;
        }
        if (line.startsWith("On ")) {
            return true;
        }
        // Without "On", only a name or an address may stand before "wrote:", not a sentence such as
        // "Here is what Milton wrote:".
        String writer = withoutWrote(line);
        Matcher address = TRAILING_ADDRESS.matcher(writer);
        return address.find()
                ? wordCount(writer.substring(0, address.start())) <= MAX_NAME_WORDS
                : looksLikeName(writer);
    }

    /** Whether two lines at the same depth are an attribution that the sender's client wrapped. */
    static boolean isWrappedAttribution(String firstContent, String secondContent) {
        String first = firstContent.strip();
        return first.startsWith("On ")
                && !first.endsWith(WROTE)
                && secondContent.strip().endsWith(WROTE);
    }

    /**
     * The writer named in an attribution, without date or address.
     *
     * @param attribution the attribution's text without quote prefixes, a wrapped one joined into one line
     * @return the name; the address when the line gives no name; {@code null} when it gives neither
     */
    static String speakerName(String attribution) {
        String writer = withoutWrote(attribution.strip());
        Matcher address = TRAILING_ADDRESS.matcher(writer);
        if (!address.find()) {
            return nameOrNull(writer);
        }
        String name = nameOrNull(writer.substring(0, address.start()));
        return name != null ? name : address.group().strip().replaceAll("^[<(]|[>)]$", "");
    }

    private static String nameOrNull(String writer) {
        String text = writer.strip();
        String name = withoutQuotes(text.startsWith("On ") ? nameAfterDate(text) : text);
        return name.isEmpty() ? null : name;
    }

    private static String withoutWrote(String line) {
        return line.substring(0, line.length() - WROTE.length()).strip();
    }

    private static String nameAfterDate(String onDateName) {
        Matcher quoted = TRAILING_QUOTED_NAME.matcher(onDateName);
        if (quoted.find()) {
            return quoted.group(1);
        }
        int comma = onDateName.lastIndexOf(',');
        if (comma >= 0) {
            return onDateName.substring(comma + 1);
        }
        // "On 12 Nov 2013 22:09 Joana Varon": the name is the words after the last one with a digit.
        String[] words = onDateName.substring("On ".length()).strip().split("\\s+");
        int first = words.length;
        while (first > 0 && !isDateWord(words[first - 1])) {
            first--;
        }
        return String.join(" ", Arrays.copyOfRange(words, first, words.length));
    }

    private static boolean isDateWord(String word) {
        return word.chars().anyMatch(Character::isDigit) || CLOCK_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean looksLikeName(String writer) {
        String[] words = withoutQuotes(writer).split("\\s+");
        if (words.length == 1) {
            return !words[0].isEmpty();
        }
        return words.length <= MAX_NAME_WORDS
                && Arrays.stream(words)
                        .allMatch(word -> Character.isUpperCase(word.charAt(0)) || NAME_PARTICLES.contains(word));
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static String withoutQuotes(String name) {
        return name.strip().replaceAll("^[\"'“”‘’]+|[\"'“”‘’]+$", "").strip();
    }
}
