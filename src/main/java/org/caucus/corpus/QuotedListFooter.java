package org.caucus.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The footer a Mailman list adds to every copy it sends, as a reply quotes it: its rule, "Twisted-Python mailing
 * list", the list's address and its page. The archive mostly keeps a message without it, but replies quote the copy
 * their writer received: a few thousand times in a large archive, where it is nobody's words.
 */
final class QuotedListFooter {

    // Exactly Mailman's width: Outlook draws a shorter rule of underscores above a quoted original.
    static final String MAILMAN_RULE = "_______________________________________________";
    private static final String LIST_LINE_END = " mailing list";
    // How the address's and the page's lines open; a client may have added a link after the address ("[mailto:...]").
    private static final Pattern ADDRESS_OR_PAGE = Pattern.compile("\\S+(?:@| at )\\S+|<?https?://");
    // The rule, the list's name, then its address and its page.
    private static final int MOST_LINES = 4;

    private QuotedListFooter() {}

    /** How many lines, from {@code index} on, make up a quoted list footer; 0 when none starts there. */
    static int length(List<BodyLine> lines, int index) {
        BodyLine rule = lines.get(index);
        if (rule.depth() == 0
                || rule.isBlank()
                || rule.opening() != '_'
                || !rule.content().strip().equals(MAILMAN_RULE)
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

    /** Whether a line at {@code index} goes on at the depth, with something written on it. */
    private static boolean continues(List<BodyLine> lines, int index, int depth) {
        return index < lines.size()
                && lines.get(index).depth() == depth
                && !lines.get(index).isBlank();
    }
}
