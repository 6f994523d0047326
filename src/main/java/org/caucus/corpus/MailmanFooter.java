package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footer a Mailman list adds to every copy it sends: its rule, "Twisted-Python mailing list", the list's address
 * and its page.
 *
 * <p>The archive mostly keeps a message without it, but replies quote the copy their writer received: a few thousand
 * times in a large archive, where it is nobody's words. And the address it gives is the list's own, which some
 * posters' clients put in their From header and an anonymous list sends from: a From header with it says nothing
 * about who posted.
 */
final class MailmanFooter {

    // Exactly Mailman's width: Outlook draws a shorter rule of underscores above a quoted original.
    static final String RULE = "_______________________________________________";
    private static final String LIST_LINE_END = " mailing list";
    // How the address's and the page's lines open; a client may have added a link after the address ("[mailto:...]").
    private static final Pattern ADDRESS_OR_PAGE = Pattern.compile("\\S+(?:@| at )\\S+|<?https?://");
    // The list's line, then the address on the next, in a footer of the message or one it quotes.
    private static final Pattern ADDRESS_BELOW_LIST_LINE = Pattern.compile(
            "^[>\\s]*\\S[^\\n]*" + LIST_LINE_END + "[ \\t]*\\n[>\\s]*(\\S+(?:@| at )[^\\s\\[<]+)", Pattern.MULTILINE);
    // The rule, the list's name, then its address and its page.
    private static final int MOST_LINES = 4;

    private MailmanFooter() {}

    /** How many lines, from {@code index} on, make up a footer that a reply quoted; 0 when none starts there. */
    static int quotedLength(List<BodyLine> lines, int index) {
        BodyLine rule = lines.get(index);
        if (rule.depth() == 0
                || rule.isBlank()
                || rule.opening() != '_'
                || !rule.content().strip().equals(RULE)
                || !continues(lines, index + 1, rule.depth())
                || !lines.get(index + 1).content().stripTrailing().endsWith(LIST_LINE_END)) {
            return 0;
        }
        int end = index + 2;
        while (end < index + MOST_LINES
                && continues(lines, end, rule.depth())
                && ADDRESS_OR_PAGE.matcher(lines.get(end).content().strip()).lookingAt()) {
            end++;
        }
        return end - index;
    }

    /** @return the list addresses that the body's footers give, as {@link MailAddress#normalise} writes them */
    static List<String> listAddresses(String body, List<BodySegment> segments) {
        List<String> addresses = new ArrayList<>(0);
        for (BodySegment segment : segments) {
            if (segment.role() != BlockRole.ARCHIVE_FOOTER) {
                continue;
            }
            Matcher address = ADDRESS_BELOW_LIST_LINE.matcher(body).region(segment.start(), segment.end());
            while (address.find()) {
                MailAddress.parse(address.group(1)).map(MailAddress::toString).ifPresent(addresses::add);
            }
        }
        return addresses;
    }

    /** Whether a line at {@code index} goes on at the depth, with something written on it. */
    private static boolean continues(List<BodyLine> lines, int index, int depth) {
        return index < lines.size()
                && lines.get(index).depth() == depth
                && !lines.get(index).isBlank();
    }
}
