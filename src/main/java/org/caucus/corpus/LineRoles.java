package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Says for each line of a body whether it is own text, quotation, attribution, signature, header or footer. */
final class LineRoles {

    private static final int NONE = -1;

    private static final String NEXT_PART = "-------------- next part --------------";
    // Exactly Mailman's width: Outlook draws a shorter rule of underscores above a quoted original.
    private static final String LIST_FOOTER_RULE = "_______________________________________________";
    private static final Pattern MORE_INFORMATION = Pattern.compile("^More information about the .+ mailing list$");
    private static final Pattern FORWARD_MARKER =
            Pattern.compile("^-{3,}\\s*(?:Original Message|Forwarded message)\\s*-{3,}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FIELD =
            Pattern.compile("^(?:From|Sent|Date|To|Cc|Reply-To|Subject):.*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SIGNATURE_DELIMITERS = Set.of("--", "-- ");

    private LineRoles() {}

    /**
     * @return one role per line, {@code null} for blank lines: they belong to whatever block comes before them
     */
    static List<BlockRole> of(List<BodyLine> lines) {
        List<BlockRole> roles = new ArrayList<>(lines.size());
        boolean inFooter = false;
        int signatureDepth = NONE;
        int headerDepth = NONE;
        for (int i = 0; i < lines.size(); i++) {
            BodyLine line = lines.get(i);
            String content = line.content().strip();
            if (inFooter || (line.depth() == 0 && isFooterStart(content))) {
                inFooter = true;
                roles.add(BlockRole.ARCHIVE_FOOTER);
            } else if (line.isBlank()) {
                // A signature may contain blank lines; forwarded header fields stand together.
                headerDepth = NONE;
                roles.add(null);
            } else if (line.depth() == signatureDepth) {
                roles.add(BlockRole.SIGNATURE);
            } else if (line.depth() == headerDepth
                    && HEADER_FIELD.matcher(content).matches()) {
                roles.add(BlockRole.FORWARDED_HEADER);
            } else {
                signatureDepth = NONE;
                headerDepth = NONE;
                if (SIGNATURE_DELIMITERS.contains(line.content())) {
                    signatureDepth = line.depth();
                    roles.add(BlockRole.SIGNATURE);
                } else if (FORWARD_MARKER.matcher(content).matches()) {
                    headerDepth = line.depth();
                    roles.add(BlockRole.FORWARDED_HEADER);
                } else if (AttributionLine.isAttribution(content)) {
                    roles.add(BlockRole.ATTRIBUTION);
                } else if (startsWrappedAttribution(lines, i)) {
                    roles.add(BlockRole.ATTRIBUTION);
                    roles.add(BlockRole.ATTRIBUTION);
                    i++;
                } else {
                    roles.add(line.depth() == 0 ? BlockRole.OWN_TEXT : BlockRole.QUOTE);
                }
            }
        }
        return roles;
    }

    private static boolean isFooterStart(String content) {
        return content.equals(NEXT_PART)
                || content.equals(LIST_FOOTER_RULE)
                || MORE_INFORMATION.matcher(content).matches();
    }

    private static boolean startsWrappedAttribution(List<BodyLine> lines, int index) {
        if (index + 1 >= lines.size()) {
            return false;
        }
        BodyLine first = lines.get(index);
        BodyLine second = lines.get(index + 1);
        return second.depth() == first.depth()
                && !second.isBlank()
                && AttributionLine.isWrappedAttribution(first.content(), second.content());
    }
}
