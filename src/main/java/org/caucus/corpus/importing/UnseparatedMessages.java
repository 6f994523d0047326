package org.caucus.corpus.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a file of several messages written one after another with no separator lines (an old mailbox format, refused
 * because its messages cannot be told apart safely) from one message whose body holds a header of another: an
 * Outlook reply's "From: … Sent: … Subject:", Apple Mail's or mutt's forwarded header, a message attached to a
 * multipart one. Single messages without the {@code .eml} ending are common: a Maildir or MH folder names its files by
 * number, with no ending at all.
 *
 * <p>A second message is a header block after a blank line that holds a From: field and a Date: field written as a
 * mail system writes it ("Fri, 09 Jan 1998 08:37:59 -0600"). Mail clients write the header of a quoted or forwarded
 * message for people to read: Outlook says "Sent:" instead of "Date:", Apple Mail and Gmail write the date out
 * ("9 January 2013 at 10:00", "Mon, Jan 7, 2013 at 10:00 AM"). Mutt keeps the mail system's date, but puts its
 * "Forwarded message" line right above the header. Inside a multipart message, only what follows its closing
 * boundary is looked at, since each of its parts may be a whole message.
 */
final class UnseparatedMessages {

    private static final Pattern HEADER_FIELD = Pattern.compile("^([!-9;-~]+):");
    private static final Pattern MAIL_SYSTEM_DATE = Pattern.compile(
            "^Date:[ \\t]*(?:[A-Za-z]{3},[ \\t]*)?\\d{1,2}[ \\t]+[A-Za-z]{3}[ \\t]+\\d{2,4}[ \\t]+\\d{1,2}:\\d{2}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTIPART_BOUNDARY = Pattern.compile(
            "^content-type:[ \\t]*multipart/[^\\n]*?boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern FORWARD_MARKER =
            Pattern.compile("(?:forwarded|original) message|^begin forwarded", Pattern.CASE_INSENSITIVE);

    private UnseparatedMessages() {}

    /** @param head the first bytes of a file that starts with a mail header, as ISO-8859-1 text */
    static boolean holdSeveral(String head) {
        List<String> lines = head.replace("\r", "").lines().toList();
        int headerEnd = lines.indexOf("");
        if (headerEnd < 0) {
            return false;
        }
        int from = headerEnd;
        String boundary = multipartBoundary(String.join("\n", lines.subList(0, headerEnd)));
        if (boundary != null) {
            from = lines.indexOf("--" + boundary + "--");
            if (from < 0) {
                return false;
            }
        }
        for (int blank = from; blank < lines.size() - 1; blank++) {
            if (lines.get(blank).isBlank()
                    && !FORWARD_MARKER.matcher(lastWords(lines, blank)).find()
                    && headerOfMessage(lines, blank + 1)) {
                return true;
            }
        }
        return false;
    }

    private static String multipartBoundary(String header) {
        Matcher boundary = MULTIPART_BOUNDARY.matcher(header.replaceAll("\\n[ \\t]+", " "));
        if (!boundary.find()) {
            return null;
        }
        return boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
    }

    /** The last line with words above line {@code blank}. */
    private static String lastWords(List<String> lines, int blank) {
        for (int line = blank - 1; line >= 0; line--) {
            if (!lines.get(line).isBlank()) {
                return lines.get(line).strip();
            }
        }
        return "";
    }

    private static boolean headerOfMessage(List<String> lines, int first) {
        boolean sender = false;
        boolean dated = false;
        for (int line = first; line < lines.size(); line++) {
            String text = lines.get(line);
            boolean continued = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(0) == '\t');
            if (continued && line > first) {
                continue;
            }
            Matcher field = HEADER_FIELD.matcher(text);
            if (!field.find()) {
                break;
            }
            String name = field.group(1).toLowerCase(Locale.ROOT);
            sender |= name.equals("from");
            dated |= name.equals("date") && MAIL_SYSTEM_DATE.matcher(text).find();
        }
        return sender && dated;
    }
}
