package org.caucus.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block a client writes above an original or forwarded message: Outlook's {@code -----Original
 * Message-----} or a rule of underscores followed by {@code From:}, {@code Sent:}, {@code To:}, {@code Subject:};
 * Gmail's {@code ---------- Forwarded message ----------}; and the same fields without a marker line. Its
 * {@code From:} field names the writer of the text below it.
 */
final class ForwardedHeader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String BEGIN_FORWARDED = "Begin forwarded message:";
    private static final Pattern MARKER = Pattern.compile(
            "^(?:-{2,}\\s*(?:Original Message|Forwarded message"
                    + "|Urspr[üu]ngliche Nachricht|Original-Nachricht|Weitergeleitete Nachricht|Message d'origine"
                    + "|Message transf[ée]r[ée]|Mensaje original|Mensaje reenviado|Mensagem original|Mensagem encaminhada"
                    + "|Messaggio originale|Messaggio inoltrato|Oorspronkelijk bericht|Doorgestuurd bericht)\\s*-{2,}"
                    + "|" + BEGIN_FORWARDED + ")$",
            FLAGS);
    // Outlook draws a rule above the fields instead of a marker when it replies in HTML.
    private static final Pattern RULE = Pattern.compile("^(?:_{10,}|-{10,})$");
    // Gmail renders Outlook's bold field names as *From:*.
    private static final Pattern FIELD = Pattern.compile(
            "^\\*?(?<name>From|Von|De|Van|Da|Sent|Gesendet|Envoy[ée?]|Enviado el|Enviado em|Enviada em|Enviado"
                    + "|Verzonden|Inviato|Date|Datum|Fecha|To|An|[ÀA]|Para|Aan|Cc|Reply-To|Subject|Betreff|Objet"
                    + "|Asunto|Assunto|Onderwerp|Oggetto|От|Отправлено|Дата|Кому|Копия|Тема)\\s*:\\*?(?:\\s+(?<value>.*))?$",
            FLAGS);
    // The first letters of FIELD's names, so that most lines with a colon ("Note: ...") skip it.
    private static final String FIELD_INITIALS = "fvdsgeitapcrbo";
    private static final Set<String> FROM = Set.of("from", "von", "de", "van", "da", "от");
    // How the evidence of a speaker a header names begins, whatever language the header was in.
    static final String FROM_FIELD = "From: ";
    private static final Set<String> SENT = Set.of(
            "sent",
            "gesendet",
            "envoyé",
            "envoye",
            "envoy?",
            "enviado el",
            "enviado em",
            "enviada em",
            "enviado",
            "verzonden",
            "inviato",
            "date",
            "datum",
            "fecha",
            "отправлено",
            "дата");
    // "? : Twisted general discussion": a field's name whose letters the archive could not print ("À : ...").
    private static final Pattern MANGLED_FIELD = Pattern.compile("\\s\\?+\\s?:\\s");
    // "From: list-bounces at x.org [mailto:...] On Behalf Of exarkun at x.org": the person is the one behalf is for.
    // An HTML header made text keeps its bold as stars, which may close after the space: "*Im Auftrag von *Robert".
    private static final Pattern ON_BEHALF = Pattern.compile(
            "\\b(?:On Behalf Of|Im Auftrag von|De la part de|En nombre de|Em nome de)\\*?\\s+\\*?(.+)$", FLAGS);

    // "<mailto:x-dmarc-request at LIST.ETSI.ORG> Thorsten Hertel": a converter from HTML may put the name last.
    private static final Pattern ADDRESS_THEN_NAME = Pattern.compile(
            "^\\s*(?<address><[^<>]*>)\\s+(?!.*\\sat\\s)(?<name>[^<>\\[\\]()@]*\\p{L}[^<>\\[\\]()@]*)$");
    // A From: field wraps over two lines at most; double-spaced prose below a header would pass for more of it.
    private static final int MAX_DOUBLE_SPACED_CONTINUATIONS = 2;

    private ForwardedHeader() {}

    /**
     * How many lines, from {@code index} on, make up one header block: the marker or rule, blank lines after it,
     * and the fields with their continuation lines.
     *
     * @return 0 when no header starts there
     */
    static int length(List<BodyLine> lines, int index) {
        BodyLine first = lines.get(index);
        // Markers and rules start with a dash, an underscore or "Begin"; header fields hold a colon.
        if (first.isBlank()
                || ("-_Bb".indexOf(first.opening()) < 0 && first.content().indexOf(':') < 0)) {
            return 0;
        }
        String content = first.content().strip();
        boolean marker = mayBeMarker(content) && MARKER.matcher(content).matches();
        if (marker || (mayBeRule(content) && RULE.matcher(content).matches())) {
            int fields = index + 1;
            while (fields < lines.size() && lines.get(fields).isBlank()) {
                fields++;
            }
            int end = fields < lines.size() && lines.get(fields).depth() == first.depth()
                    ? fieldsEnd(lines, fields)
                    : fields;
            boolean hasFrom =
                    end > fields && fieldNamed(lines.subList(fields, end), FROM).isPresent();
            if (hasFrom) {
                return end - index;
            }
            return marker ? 1 : 0;
        }
        int end = fieldsEnd(lines, index);
        List<BodyLine> fields = lines.subList(index, end);
        boolean outlookFields =
                fieldNamed(fields, FROM).isPresent() && fieldNamed(fields, SENT).isPresent();
        return outlookFields ? end - index : 0;
    }

    /**
     * @param header the lines of a header block
     * @return the writer its {@code From:} field names, with the field as the evidence
     */
    static Optional<Speaker> writerNamedIn(List<BodyLine> header) {
        return fieldNamed(header, FROM).flatMap(ForwardedHeader::writerOf);
    }

    /**
     * @param from the value of a {@code From:} field
     * @return the writer it names, with the field as the evidence
     */
    static Optional<Speaker> writerOf(String from) {
        Matcher onBehalf = ON_BEHALF.matcher(from);
        String sender = Writer.withoutLinkedCopies(onBehalf.find() ? onBehalf.group(1) : from);
        // A field whose name the archive mangled ("? : ..." for "À : ...") is read as more of the From: field: the
        // sender ends where that field starts, or else at its address.
        Matcher mangledField = MANGLED_FIELD.matcher(sender);
        Matcher addressFirst = ADDRESS_THEN_NAME.matcher(sender);
        int addressEnd = sender.indexOf('>');
        String writerText = mangledField.find()
                ? sender.substring(0, mangledField.start())
                : addressFirst.matches()
                        ? addressFirst.group("name") + " " + addressFirst.group("address")
                        : sender.substring(0, addressEnd >= 0 ? addressEnd + 1 : sender.length());
        Writer.Named writer = Writer.named(writerText);
        return Optional.ofNullable(writer).map(named -> Speaker.attributed(named, FROM_FIELD + from));
    }

    /**
     * Where the run of fields that starts at {@code index} ends; {@code index} when no field starts there. A header
     * that a conversion from HTML double-spaced, a blank line after each of its lines, is one run too.
     */
    private static int fieldsEnd(List<BodyLine> lines, int index) {
        int depth = lines.get(index).depth();
        boolean doubleSpaced = doubleSpaced(lines, index);
        int end = index;
        int continuations = 0;
        // A line that is no field continues the one above only if another field follows, as a wrapped From: does.
        for (int i = index; i < lines.size(); i += doubleSpaced ? 2 : 1) {
            BodyLine line = lines.get(i);
            if (line.isBlank()
                    || line.depth() != depth
                    || (doubleSpaced && i > index && !lines.get(i - 1).isBlank())) {
                break;
            }
            if (isField(line)) {
                end = i + 1;
                continuations = 0;
            } else if (end == index || (doubleSpaced && ++continuations > MAX_DOUBLE_SPACED_CONTINUATIONS)) {
                break;
            }
        }
        return end;
    }

    /** Whether the field at {@code index} and the line two below it, a field too, stand a blank line apart. */
    private static boolean doubleSpaced(List<BodyLine> lines, int index) {
        if (index + 4 >= lines.size() || !lines.get(index + 1).isBlank() || !isField(lines.get(index))) {
            return false;
        }
        // The From: field may go on over a line or two of its own, each a blank line below the last.
        for (int next = index + 2; next <= index + 6 && next < lines.size(); next += 2) {
            if (lines.get(next).isBlank() || !lines.get(next - 1).isBlank()) {
                return false;
            }
            if (isField(lines.get(next))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the stripped text may be a marker line: the forms of {@link #MARKER} open with two dashes or with "Begin
     * forwarded message:", which {@link String#regionMatches(boolean, int, String, int, int)} compares at least as
     * loosely as the expression's Unicode case folding does. Lines that open with "But" or "- " are spared it.
     */
    private static boolean mayBeMarker(String text) {
        return text.startsWith("--") || text.regionMatches(true, 0, BEGIN_FORWARDED, 0, BEGIN_FORWARDED.length());
    }

    /** Whether the stripped text may be a rule: ten dashes or underscores at least. */
    private static boolean mayBeRule(String text) {
        return text.length() >= 10 && (text.startsWith("--") || text.startsWith("__"));
    }

    /** The value of the first field with one of the names, joined with its continuation lines. */
    private static Optional<String> fieldNamed(List<BodyLine> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String text = fieldText(header.get(i));
            if (text == null) {
                continue;
            }
            Matcher field = FIELD.matcher(text);
            if (field.matches() && names.contains(field.group("name").toLowerCase(Locale.ROOT))) {
                StringBuilder value = new StringBuilder(field.group("value") == null ? "" : field.group("value"));
                // Within a header's lines a blank one stands only between the lines of a double-spaced header.
                for (int j = i + 1; j < header.size() && !isField(header.get(j)); j++) {
                    if (!header.get(j).isBlank()) {
                        value.append(' ').append(header.get(j).content().strip());
                    }
                }
                return Optional.of(value.toString().strip());
            }
        }
        return Optional.empty();
    }

    private static boolean isField(BodyLine line) {
        String text = fieldText(line);
        return text != null && FIELD.matcher(text).matches();
    }

    /** The line's content without the whitespace around it, if it opens like a field; {@code null} if not. */
    private static String fieldText(BodyLine line) {
        if (line.isBlank() || (line.opening() != '*' && !RegexShortcuts.mayOpen(line.opening(), FIELD_INITIALS))) {
            return null;
        }
        String text = line.content().strip();
        return mayBeField(text) ? text : null;
    }

    /** Whether the text opens like a field: a field name's first letter, and only a name's characters before the colon. */
    private static boolean mayBeField(String text) {
        int initial = text.startsWith("*") ? 1 : 0;
        int colon = text.indexOf(':');
        if (colon <= initial || !RegexShortcuts.mayOpen(text.charAt(initial), FIELD_INITIALS)) {
            return false;
        }
        for (int i = initial; i < colon; i++) {
            char c = text.charAt(i);
            // '?': a letter an archive lost ("Envoy? :" for "Envoyé :").
            if (!(Character.isLetter(c) || c == '-' || c == '?' || Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }
}
