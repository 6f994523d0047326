package org.caucus.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The line a mail client writes above a quotation to say whose words follow: {@code On <date>, <Name> wrote:},
 * {@code <Name> <address> wrote:}, {@code Quoting <Name>:}, and the same in the other languages of the lists analysts
 * import ({@code Le 12 nov. 2013 à 22:09, Joana Varon a écrit :}, {@code Am 12.11.2013 um 22:09 schrieb Joana
 * Varon <x@y>:}). Clients wrap long ones over two or three lines.
 */
final class AttributionLine {

    private static final int MAX_LINES = 3;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<String> VERBS = List.of(
            "wrote",
            "writes",
            "said",
            "a écrit",
            "a ecrit",
            // as archives that lost the accent print it
            "a ?crit",
            "schrieb",
            "escribió",
            "escribio",
            "escreveu",
            "ha scritto",
            "schreef");
    private static final String VERB = VERBS.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    // The word that opens a dated attribution: English, French, German, Spanish, Portuguese, Italian, Dutch, and
    // Eudora's "At 09:19 PM 4/21/02 +0200, Itamar Shtull-Trauring wrote:".
    private static final Pattern DATED =
            Pattern.compile("^(?:On|At|Le|Am|El|Em|Il giorno|Il|Op)\\s+(?<rest>.+)$", FLAGS);
    // A comma between a time's last digit and a name, with no space after it.
    private static final Pattern UNSPACED_AFTER_TIME = Pattern.compile("(?<=\\d),(?=[\\p{L}\"])");
    // How "<writer> wrote:" ends: at most the longest verb with a space on either side and the colon, once the line's
    // whitespace is single spaces.
    private static final Pattern VERB_ENDING = Pattern.compile("\\s*" + VERB + "\\s*:", FLAGS);
    private static final int LONGEST_VERB_ENDING =
            VERBS.stream().mapToInt(String::length).max().orElseThrow() + 3;
    // German clients put the verb before the writer: "Am 12.11.2013 um 22:09 schrieb Joana Varon <x@y>:".
    private static final Pattern VERB_THEN_WRITER =
            Pattern.compile("^(?:Am|On)\\s+(?<date>.+?),?\\s+schrieb\\s+(?<writer>.+?)\\s*:$", FLAGS);
    // Apple Mail in Dutch: "Op 12 nov. 2013 om 22:09 heeft Joana Varon <x@y> het volgende geschreven:".
    private static final Pattern DUTCH_APPLE =
            Pattern.compile("^Op\\s+(?<date>.+?)\\s+heeft\\s+(?<writer>.+?)\\s+het volgende geschreven\\s*:$", FLAGS);
    // Older Gmail: "2009/4/11 Jean-Paul Calderone <exarkun at divmod.com>:", at first with a comma after the date;
    // without an address it is any sentence.
    // Gmail of 2015-2017 adds the sender's offset: "2015-04-29 0:33 GMT+08:00 Louis D. Burr <ldanielburr at me.com>:".
    private static final Pattern GMAIL_DATED = Pattern.compile(
            "^(?<date>\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}"
                    + "(?:\\s+\\d{1,2}:\\d{2}(?:\\s+(?:GMT|UTC)?[+-]\\d{1,2}:?\\d{2})?)?),?\\s+(?<writer>.*(?:<[^<>]+>|\\S@\\S))\\s*:$");
    // Gmail in languages whose date it writes without a verb of writing, and Yandex: a date in any script up to a
    // time, then the writer with an address in brackets, "Пт, 11 дек. 2020 г. в 12:26, Barry Scott <...>:" or
    // "2020年12月11日(金) 12:26 Barry Scott <...>:"; mail.ru gives the offset and "from" after the time: "Thu, 26 Jun
    // 2014 14:00:51 +0400 от Alexander L <...>:". The time and the bracketed address tell it from a sentence.
    private static final Pattern TIME_THEN_WRITER = Pattern.compile(
            "^(?<date>.*?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[+-]\\d{4})?)(?:\\s+от)?[,\\s]+(?<writer>[^:]+<[^<>]+>)\\s*:$");
    // Each form of VERB, QUOTING and DUTCH_APPLE holds one of these, lower-cased.
    private static final List<String> TELL_TALE_WORDS = List.of(
            "wrote",
            "writes",
            "said",
            "crit",
            "schrieb",
            "escribi",
            "escreveu",
            "scritto",
            "schreef",
            "geschreven",
            "quoting");
    private static final Pattern GMAIL_DATED_START = Pattern.compile("[\\s-]*\\d{4}[/-]");
    private static final Pattern QUOTING = Pattern.compile("^Quoting\\s+(?<writer>.+?)\\s*:$", FLAGS);
    // Yahoo writes "--- On Wed, 4/4/12, ..."; the dashes say nothing about the writer.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^\\d{4}[/-].*");
    // The first letters of the openings that may wrap onto a second line: On, Le, Am, El, Em, Il, Op, Quoting, a year.
    private static final String OPENING_LETTERS = "OoLlAaEeIiQq0123456789";
    private static final Pattern LEADING_DASHES = Pattern.compile("^-+\\s*");
    private static final Pattern TRAILING_QUOTED_NAME = Pattern.compile("\"([^\"]+)\"\\s*(?:<[^<>]*>|\\([^()]*\\))?$");
    // The address after a date, also as archives print it ("On 02:15 am, mebly5343 at gmail.com"): its " at " must
    // not read as the one between a date and a time.
    private static final Pattern TRAILING_ADDRESS =
            Pattern.compile("\\s*(?:<[^<>]*>|\\([^()]*\\)|\\S+@\\S+|\\S+ at \\S+\\.\\S+|\\S+\\(a\\)\\S+\\.\\S+)$");
    private static final Set<String> CALENDAR_WORDS = Set.of(
            "mon",
            "monday",
            "tue",
            "tues",
            "tuesday",
            "wed",
            "wednesday",
            "thu",
            "thur",
            "thurs",
            "thursday",
            "fri",
            "friday",
            "sat",
            "saturday",
            "sun",
            "sunday",
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december",
            "yesterday",
            "today");
    private static final Pattern WORD = Pattern.compile("\\S+");
    // What "." does not match.
    private static final String LINE_BREAKS = "\n\r\u0085\u2028\u2029";
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[\\s,.]+");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm");
    private static final Set<String> TIME_ZONES = Set.of(
            "GMT", "UTC", "UT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "EST", "EDT", "CST", "CDT", "MST",
            "MDT", "PST", "PDT", "IST", "JST", "KST", "AEST", "AEDT", "MSK");

    private AttributionLine() {}

    /**
     * How many lines, from {@code index} on, make up one attribution at one depth.
     *
     * @return 0 when no attribution starts there
     */
    static int length(List<BodyLine> lines, int index, AttributionNames names) {
        BodyLine first = lines.get(index);
        if (first.isBlank()) {
            return 0;
        }
        if (names.writer(first.content()) != null) {
            return 1;
        }
        // Only a line that opens like an attribution may be joined with the next ones, so that the last line of a
        // paragraph never merges with an attribution below it.
        if (first.opening() != '-' && OPENING_LETTERS.indexOf(first.opening()) < 0) {
            return 0;
        }
        String opening = withoutLeadingDashes(first.content().strip());
        if (opening.isEmpty() || OPENING_LETTERS.indexOf(opening.charAt(0)) < 0) {
            return 0;
        }
        if (!opensLikeAttribution(opening)) {
            return 0;
        }
        for (int count = 2; count <= MAX_LINES && index + count <= lines.size(); count++) {
            BodyLine last = lines.get(index + count - 1);
            BodyLine beforeLast = lines.get(index + count - 2);
            if (last.isBlank()
                    || last.depth() != first.depth()
                    || beforeLast.content().strip().endsWith(":")) {
                return 0;
            }
            if (names.writer(joined(lines.subList(index, index + count))) != null) {
                return count;
            }
        }
        return 0;
    }

    /** @param opening a line that starts with one of {@link #OPENING_LETTERS} */
    private static boolean opensLikeAttribution(String opening) {
        char first = opening.charAt(0);
        if (first == 'Q' || first == 'q') {
            return QUOTING.matcher(opening + ":").matches();
        }
        if (first >= '0' && first <= '9') {
            return NUMERIC_DATE.matcher(opening).matches();
        }
        return DATED.matcher(opening).matches();
    }

    /**
     * The writer named in an attribution, without the date.
     *
     * @param attribution the attribution's text without quote prefixes, a wrapped one joined into one line
     * @return {@code null} when the text is no attribution
     */
    static Writer.Named writer(String attribution) {
        if (!mayBeAttribution(attribution)) {
            return null;
        }
        String line = spacedAfterTime(withoutLeadingDashes(singleSpaced(attribution.strip())));
        // The dated forms that name the writer after the date: German and Dutch open with "Am", "On" or "Op",
        // older Gmail with a digit.
        char opening = line.charAt(0);
        List<Pattern> datedForms = RegexShortcuts.mayOpen(opening, "ao")
                ? germanOrDutchForms(line)
                : opening >= '0' && opening <= '9' ? List.of(GMAIL_DATED) : List.of();
        for (Pattern datedForm : datedForms) {
            Matcher dated = datedForm.matcher(line);
            if (dated.matches()) {
                return isDateLike(dated.group("date")) ? Writer.plausiblyNamed(dated.group("writer")) : null;
            }
        }
        if (endsInBracketedAddress(line)) {
            Matcher timed = TIME_THEN_WRITER.matcher(line);
            if (timed.matches()) {
                return Writer.plausiblyNamed(timed.group("writer"));
            }
        }
        Matcher quoting = QUOTING.matcher(line);
        if (quoting.matches()) {
            return Writer.plausiblyNamed(quoting.group("writer"));
        }
        if (opening == '"') {
            Matcher supercite = CitationNicknames.SUPERCITE_HEADER.matcher(line);
            if (supercite.matches()) {
                return Writer.plausiblyNamed(supercite.group("writer"));
            }
        }
        String writer = writerBeforeVerb(line);
        if (writer == null) {
            return null;
        }
        Matcher dated = DATED.matcher(writer);
        if (dated.matches()) {
            String dateAndWriter = dated.group("rest");
            int nameStart = nameStart(dateAndWriter);
            // "On the other hand, as Milton wrote:" has no date, so it is a sentence, not an attribution.
            if (nameStart > 0 && isDateLike(dateAndWriter.substring(0, nameStart))) {
                return Writer.plausiblyNamed(dateAndWriter.substring(nameStart));
            }
        }
        return Writer.plausiblyNamed(writer);
    }

    /** Whether the text passes the cheap tests that most lines of a body fail: no regular expression is needed. */
    static boolean mayBeAttribution(String text) {
        // Every form ends in a colon.
        return endsInColon(text) && namesVerbOrDate(text);
    }

    private static boolean endsInColon(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == ':';
    }

    /**
     * Whether the text holds what every form needs: a verb of writing, "Quoting", the digits of a date, or an address
     * in brackets before the colon.
     * Code on programming lists ends many lines in a colon ({@code def run(self):}); this spares them the expressions.
     */
    private static boolean namesVerbOrDate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : TELL_TALE_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return GMAIL_DATED_START.matcher(lower).lookingAt() || endsInBracketedAddress(text);
    }

    /** Whether the text, which ends in a colon, has an address in angle brackets just before it. */
    private static boolean endsInBracketedAddress(String text) {
        int end = text.lastIndexOf(':');
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == '>';
    }

    /** The lines of a wrapped attribution as the one line the client meant. */
    static String joined(List<BodyLine> lines) {
        StringJoiner joined = new StringJoiner(" ");
        for (BodyLine line : lines) {
            if (!line.isBlank()) {
                joined.add(line.content().strip());
            }
        }
        return joined.toString();
    }

    /**
     * The writer of "Joana Varon wrote:": the shortest start of the line that the verb ending follows. Trying only the
     * last characters for the ending, rather than every one as a lazy expression would, needs the line's whitespace
     * to be single spaces.
     *
     * @return {@code null} when the line does not end so, or its writer spans a line break
     */
    private static String writerBeforeVerb(String line) {
        Matcher ending = VERB_ENDING.matcher(line);
        for (int end = Math.max(1, line.length() - LONGEST_VERB_ENDING); end < line.length(); end++) {
            if (ending.region(end, line.length()).matches()) {
                String writer = line.substring(0, end);
                return spansLineBreak(writer) ? null : writer;
            }
        }
        return null;
    }

    private static boolean spansLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LINE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String withoutLeadingDashes(String text) {
        return text.startsWith("-") ? LEADING_DASHES.matcher(text).replaceFirst("") : text;
    }

    /** @return where the writer starts in "12/11/13 22:09, Joana Varon <x@y>"; 0 when only a date is there */
    private static int nameStart(String dateAndWriter) {
        Matcher quoted = TRAILING_QUOTED_NAME.matcher(dateAndWriter);
        if (dateAndWriter.indexOf('"') >= 0 && quoted.find()) {
            return quoted.start();
        }
        Matcher address = Writer.trailingAddress(TRAILING_ADDRESS, dateAndWriter);
        int nameEnd = address != null ? address.start() : dateAndWriter.length();
        int comma = dateAndWriter.lastIndexOf(',', nameEnd - 1);
        if (comma >= 0) {
            return afterDateWords(dateAndWriter, comma + 1, nameEnd);
        }
        // "12 Nov 2013 22:09 Joana Varon": the name is the words after the last one with a digit.
        Matcher word = WORD.matcher(dateAndWriter.substring(0, nameEnd));
        int start = 0;
        while (word.find()) {
            if (isDateWord(word.group())) {
                start = word.end();
            }
        }
        return start;
    }

    /**
     * Where the name starts after a comma: later Gmail writes "Fri, Dec 11, 2020 at 6:03 PM Barry Scott", with the
     * time after the last comma, and others "Wednesday, 9 December 2020 21:17:51 GMT spam tam". A run of date words
     * is passed over only if it opens with "at" or a number, so that "..., May Smith" keeps its May.
     *
     * @return {@code to} when there is nothing but date words, the first a number: then the address after them, if
     *     any, is the writer; but "n00m" before "<n00m at narod.ru>" is a name
     */
    private static int afterDateWords(String text, int from, int to) {
        Matcher word = WORD.matcher(text).region(from, to);
        boolean inDate = false;
        boolean opensWithNumber = false;
        while (word.find()) {
            String found = word.group();
            String lower = found.toLowerCase(Locale.ROOT);
            boolean opensDate = !inDate && (lower.equals("at") || hasDigit(found));
            opensWithNumber |= opensDate && Character.isDigit(found.charAt(0));
            boolean continuesDate = inDate
                    && (isDateWord(found)
                            || lower.equals("at")
                            || TIME_ZONES.contains(found)
                            || (CALENDAR_WORDS.contains(withoutTrailingDot(lower)) && nextHasDigit(word, text, to)));
            if (!opensDate && !continuesDate) {
                return inDate ? word.start() : from;
            }
            inDate = true;
        }
        return opensWithNumber ? to : from;
    }

    private static String withoutTrailingDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /** Whether the word after the one {@code word} last found has a digit. */
    private static boolean nextHasDigit(Matcher word, String text, int to) {
        Matcher next = WORD.matcher(text).region(word.end(), to);
        return next.find() && hasDigit(next.group());
    }

    private static boolean isDateLike(String text) {
        for (String word : DATE_SEPARATORS.split(text)) {
            if (hasDigit(word)) {
                return true;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (CLOCK_WORDS.contains(lower) || CALENDAR_WORDS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Most lines that open with "On" are English: the German form needs its verb. */
    private static List<Pattern> germanOrDutchForms(String line) {
        return RegexShortcuts.mayMention(line, "schrieb")
                ? List.of(VERB_THEN_WRITER, DUTCH_APPLE)
                : List.of(DUTCH_APPLE);
    }

    /**
     * NetEase's mail writes no space between the time and the writer, "At 2013-09-17 20:14:08,exarkun at
     * twistedmatrix.com wrote:", which would read as one address.
     */
    private static String spacedAfterTime(String text) {
        return text.indexOf(',') < 0 ? text : UNSPACED_AFTER_TIME.matcher(text).replaceAll(", ");
    }

    /** The text with each run of whitespace as one space; most lines are so already and are not copied. */
    private static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (RegexShortcuts.isSpace(c) && (c != ' ' || (i + 1 < text.length() && text.charAt(i + 1) == ' '))) {
                return WHITESPACE.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static boolean isDateWord(String word) {
        return hasDigit(word) || CLOCK_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
