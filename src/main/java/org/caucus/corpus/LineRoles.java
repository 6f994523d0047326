package org.caucus.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Says for each line of a body whether it is own text, quotation, attribution, signature, header or footer. */
final class LineRoles {

    private static final int NONE = -1;

    private static final String NEXT_PART = "-------------- next part --------------";
    private static final String MORE_INFORMATION_OPENING = "More information about the ";
    private static final Pattern MORE_INFORMATION =
            Pattern.compile("^" + MORE_INFORMATION_OPENING + ".+ mailing list$");
    private static final Set<String> SIGNATURE_DELIMITERS = Set.of("--", "-- ");
    // The line phones and webmail add below the text. A comma or colon means a sentence ("Sent from my desk, is ...").
    private static final Pattern SIGN_OFF = Pattern.compile("^(?:Sent (?:from|with|using|via) [^,;:!?]{2,60}"
            + "|Get Outlook for \\S+|Envoy[ée] de mon [^,;:!?]{2,40}|Von meinem [^,;:!?]{2,40} gesendet"
            + "|Enviado desde mi [^,;:!?]{2,40}|Enviado do meu [^,;:!?]{2,40}|Inviato da(?:l mio)? [^,;:!?]{2,40}"
            + "|Verzonden (?:vanaf|met) [^,;:!?]{2,40})$");
    // The first letters of SIGN_OFF's forms: most lines start otherwise and need no regular expression.
    private static final String SIGN_OFF_LETTERS = "SGEVI";
    // The first characters of the footer's lines: most lines start otherwise and are not stripped to be compared.
    private static final String FOOTER_OPENINGS = "-_M";

    private LineRoles() {}

    /**
     * @return one role per line, {@code null} for blank lines: they belong to whatever block comes before them
     */
    static List<BlockRole> of(List<BodyLine> lines, ForwardedHeaders headers, AttributionNames attributions) {
        BlockRole[] roles = new BlockRole[lines.size()];
        int signatureDepth = NONE;
        int i = 0;
        while (i < lines.size()) {
            BodyLine line = lines.get(i);
            if (line.depth() == 0 && isFooterStart(line)) {
                Arrays.fill(roles, i, lines.size(), BlockRole.ARCHIVE_FOOTER);
                break;
            }
            if (line.isBlank()) {
                i++;
                continue;
            }
            int footer = MailmanFooter.quotedLength(lines, i);
            if (footer > 0) {
                signatureDepth = NONE;
                Arrays.fill(roles, i, i + footer, BlockRole.ARCHIVE_FOOTER);
                i += footer;
                continue;
            }
            // A header or attribution ends a signature at its depth: "Sent from my iPhone" often stands just above.
            int header = headers.lengthAt(i);
            int attribution = header > 0 ? 0 : AttributionLine.length(lines, i, attributions);
            if (header > 0 || attribution > 0) {
                signatureDepth = NONE;
                int count = Math.max(header, attribution);
                Arrays.fill(roles, i, i + count, header > 0 ? BlockRole.FORWARDED_HEADER : BlockRole.ATTRIBUTION);
                i += count;
                continue;
            }
            if (line.depth() != signatureDepth) {
                signatureDepth = startsSignature(line) ? line.depth() : NONE;
            }
            if (line.depth() == signatureDepth) {
                roles[i] = BlockRole.SIGNATURE;
            } else {
                roles[i] = line.depth() == 0 ? BlockRole.OWN_TEXT : BlockRole.QUOTE;
            }
            i++;
        }
        // Blank lines inside a header or attribution stay unassigned too.
        for (int blank = 0; blank < roles.length; blank++) {
            if (lines.get(blank).isBlank() && roles[blank] != BlockRole.ARCHIVE_FOOTER) {
                roles[blank] = null;
            }
        }
        return Arrays.asList(roles);
    }

    static boolean isFooterStart(BodyLine line) {
        return isFooterStart(line.content(), line.indent(), line.content().length());
    }

    /** Whether the text from {@code from} to {@code to}, without the whitespace around it, opens the archive footer. */
    static boolean isFooterStart(String text, int from, int to) {
        int opening = from;
        while (opening < to && Character.isWhitespace(text.charAt(opening))) {
            opening++;
        }
        return opening < to
                && FOOTER_OPENINGS.indexOf(text.charAt(opening)) >= 0
                && isFooterText(text.substring(opening, to).strip());
    }

    private static boolean isFooterText(String content) {
        return content.equals(NEXT_PART)
                || content.equals(MailmanFooter.RULE)
                || (content.startsWith(MORE_INFORMATION_OPENING)
                        && MORE_INFORMATION.matcher(content).matches());
    }

    private static boolean startsSignature(BodyLine line) {
        if (SIGNATURE_DELIMITERS.contains(line.content())) {
            return true;
        }
        return !line.isBlank()
                && SIGN_OFF_LETTERS.indexOf(line.opening()) >= 0
                && SIGN_OFF.matcher(line.content().strip()).matches();
    }
}
