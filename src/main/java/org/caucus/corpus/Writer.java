package org.caucus.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * The writer named in an attribution line or a {@code From:} field: a name, an address, or both, with the
 * decorations clients add ({@code <x@y>}, {@code x at y}, {@code [mailto:x]}, quotes).
 */
final class Writer {

    private static final int MAX_NAME_WORDS = 5;

    // Addresses come last, in any of the forms clients and archives print them, sometimes two in a row.
    private static final Pattern TRAILING_ADDRESS = Pattern.compile("\\s*(?:<[^<>]*>|\\[mailto:[^\\]]*\\]"
            + "|\\[[^\\]]*(?:@| at )[^\\]]*\\]|\\([^()]*(?:@| at )[^()]*\\)|\\S+@\\S+|\\S+ at \\S+\\.\\S+"
            + "|\\S+\\(a\\)\\S+\\.\\S+)$");
    // What HyperKitty's downloads write for the @ of every address in a body: "user(a)host".
    private static final String HYPERKITTY_AT = "(a)";
    // Outlook repeats the address as a link inside its brackets: "<x at y<mailto:x at y>>".
    private static final Pattern LINKED_COPY = Pattern.compile("(?<=\\S)<mailto:[^<>]*>");
    private static final String QUOTE_MARKS = "\"'“”‘’";
    private static final Pattern QUOTES = Pattern.compile("^[" + QUOTE_MARKS + "]+|[" + QUOTE_MARKS + ",]+$");
    private static final Pattern ADDRESS_BRACKETS = Pattern.compile("^[<(\\[]+(?:mailto:)?|[>)\\]]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");
    // Usenet's and old mailers' form, which pipermail keeps in its From lines: "hwlgw at hotmail.com (Will
    // Stuyvesant)".
    private static final Pattern ADDRESS_THEN_NAME =
            Pattern.compile("^(?<address>[^\\s()<>]+(?:@| at )[^\\s()<>]+)\\s+\\((?<name>[^()]*)\\)$");
    // A regular expression's "$" also matches before one of these at the very end.
    private static final String LINE_BREAKS = "\n\r\u0085\u2028\u2029";
    // The last characters that QUOTES may take away.
    private static final String CLOSING_MARKS = QUOTE_MARKS + "," + LINE_BREAKS;
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
     * A writer as an attribution line or a {@code From:} field names them.
     *
     * @param name the name without address and quotes; the address when there is no name; {@code null} when the
     *     archive masked the address and no name is given, so that the line says a quote starts but not whose it is
     * @param address the address given beside the name, without brackets, as written ("glyph at example.org" too);
     *     {@code null} when none is given or the archive masked it
     */
    record Named(String name, String address) {

        private static final Named MASKED = new Named(null, null);

        boolean isMasked() {
            return name == null;
        }
    }

    /**
     * @param writer the text that names the writer, such as {@code "Varon, Joana" <joana@varon.org>}
     * @return {@code null} when it gives neither a name nor an address
     */
    static Named named(String writer) {
        return Parts.of(writer).named();
    }

    /**
     * The writer named by the text before "wrote:", if it is a writer rather than the end of a sentence.
     *
     * @return as {@link #named}; {@code null} when the text is no writer
     */
    static Named plausiblyNamed(String writer) {
        Parts parts = Parts.of(writer);
        return parts.isPlausible() ? parts.named() : null;
    }

    /**
     * The address at the end of the text, as {@code form.matcher(text).find()} finds it, for a form that is whitespace
     * and then either a bracketed address (opening with {@code <}, {@code [} or {@code (}) or words, up to the end.
     * Such a match can only start at the text's start, at a bracket or where a run of whitespace starts: anywhere else
     * it would also match one character earlier. Only there is it tried, instead of at every character.
     *
     * @param form {@link #TRAILING_ADDRESS} or one with fewer of its forms: a text that ends in none of them is ruled
     *     out before any matching
     * @return the matcher holding the match; {@code null} when there is none
     */
    static Matcher trailingAddress(Pattern form, String text) {
        if (!mayEndInAddress(text)) {
            return null;
        }
        Matcher address = form.matcher(text);
        for (int start = 0; start < text.length(); start++) {
            char c = text.charAt(start);
            boolean mayStart = start == 0
                    || c == '<'
                    || c == '['
                    || c == '('
                    || (RegexShortcuts.isSpace(c) && !RegexShortcuts.isSpace(text.charAt(start - 1)));
            if (mayStart && address.region(start, text.length()).lookingAt()) {
                return address;
            }
        }
        return null;
    }

    /**
     * Whether the text may end in an address as {@code <x@y>}, {@code [mailto:x]}, {@code (x at y)}, {@code x@y} or
     * {@code x at y.z}: the cheap test that spares most names the expressions that look for one.
     */
    private static boolean mayEndInAddress(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '>' || last == ']' || last == ')' || LINE_BREAKS.indexOf(last) >= 0) {
            return true;
        }
        int lastWord = text.length();
        while (lastWord > 0 && !RegexShortcuts.isSpace(text.charAt(lastWord - 1))) {
            lastWord--;
        }
        return text.indexOf('@', lastWord) >= 0
                || text.indexOf(HYPERKITTY_AT, lastWord) >= 0
                || (text.indexOf('.', lastWord) >= 0 && text.contains(" at "));
    }

    /** The text without the copy of an address that Outlook links inside its brackets: "<x@y<mailto:x@y>>". */
    static String withoutLinkedCopies(String text) {
        return text.contains("<mailto:") ? LINKED_COPY.matcher(text).replaceAll("") : text;
    }

    /**
     * What LISTSERV ("[log in to unmask]") and forum mirrors ("[hidden email]") print where the address was: two or
     * more words and no "@". An address is one word, or three as pipermail writes it ("user at host"). A loop, not an
     * expression: a repeated group of words overflows the stack on a bracket of ten thousand of them.
     */
    private static boolean isMask(String address) {
        if (address.isBlank()
                || address.indexOf('@') >= 0
                || address.contains(" at ")
                || address.contains(HYPERKITTY_AT)) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            if (Character.isWhitespace(address.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word could not be part of a name, as sentence-initial "As" or "Here" cannot. */
    static boolean isSentenceWord(String word) {
        return SENTENCE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * @param besideAddress whether an address follows the name: then it is a writer's, and may hold digits
     *     ("Simply4IT"); without one, a word with digits is a date's or a sentence's
     */
    private static boolean isNameWord(String word, boolean besideAddress) {
        String bare = withoutQuotes(word);
        return !bare.isEmpty()
                && Character.isLetter(bare.charAt(0))
                // "gmail.com>": the end of an address whose start wrapped onto the line before
                && bare.chars().noneMatch(c -> c == '<' || c == '>' || c == '@')
                && (besideAddress || bare.chars().noneMatch(Character::isDigit))
                && !isSentenceWord(bare);
    }

    /** A name as a mail header may give it, in RFC 2047's encoded words ("=?ISO-8859-1?Q?Martin_M=F6llenbeck?="). */
    private static String decoded(String name) {
        return name.contains("=?") ? DecoderUtil.decodeEncodedWords(name, DecodeMonitor.SILENT) : name;
    }

    private static String withoutQuotes(String text) {
        String stripped = text.strip();
        // Most names neither start nor end with a quote: they need no expression.
        if (stripped.isEmpty()
                || (QUOTE_MARKS.indexOf(stripped.charAt(0)) < 0
                        && CLOSING_MARKS.indexOf(stripped.charAt(stripped.length() - 1)) < 0)) {
            return stripped;
        }
        return QUOTES.matcher(stripped).replaceAll("").strip();
    }

    /**
     * @param address the address nearest to the name, without brackets; {@code null} when there is none
     * @param masked whether the archive printed a mask where the address was
     */
    private record Parts(String name, String address, boolean masked) {

        static Parts of(String writer) {
            String rest = withoutLinkedCopies(writer).strip();
            Matcher addressThenName = rest.endsWith(")") ? ADDRESS_THEN_NAME.matcher(rest) : null;
            if (addressThenName != null && addressThenName.matches()) {
                String name = withoutQuotes(decoded(addressThenName.group("name")));
                return new Parts(
                        name.codePoints().anyMatch(Character::isLetter) ? name : "",
                        addressThenName.group("address"),
                        false);
            }
            String address = null;
            for (Matcher trailing = trailingAddress(TRAILING_ADDRESS, rest);
                    trailing != null;
                    trailing = trailingAddress(TRAILING_ADDRESS, rest)) {
                address = trailing.group().strip();
                rest = rest.substring(0, trailing.start()).strip();
            }
            String bareAddress = address == null
                    ? null
                    : withoutQuotes(ADDRESS_BRACKETS.matcher(address).replaceAll(""));
            // "Simply4IT<simply4it at gmail.com>", without a space, reads as one address at first.
            int bracket = bareAddress == null ? -1 : bareAddress.indexOf('<');
            if (bracket > 0) {
                rest = (rest + " " + bareAddress.substring(0, bracket)).strip();
                bareAddress = bareAddress.substring(bracket + 1);
            }
            boolean masked = bareAddress != null && isMask(bareAddress);
            String name = withoutQuotes(rest);
            // "?" is what some archives left of a name in another script: it names nobody, the address does.
            return new Parts(
                    name.codePoints().anyMatch(Character::isLetterOrDigit) ? name : "",
                    masked ? null : bareAddress,
                    masked);
        }

        Named named() {
            if (name.isEmpty()) {
                return address != null ? new Named(address, address) : masked ? Named.MASKED : null;
            }
            return new Named(name, address);
        }

        boolean isPlausible() {
            if (name.isEmpty()) {
                return address != null || masked;
            }
            // "Wojciech Dec (wdec)": what Exchange adds in brackets (a user id, a department) is no word of the name.
            String[] words = SPACES.split(COMMENT.matcher(name).replaceAll(" ").strip());
            if (words.length > MAX_NAME_WORDS) {
                return false;
            }
            for (String word : words) {
                if (!isNameWord(word, address != null)) {
                    return false;
                }
            }
            return true;
        }
    }
}
