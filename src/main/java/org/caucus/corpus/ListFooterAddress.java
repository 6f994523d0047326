package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list's own address, as its Mailman footer gives it below the list's name ("Twisted-Python mailing list", then
 * "Twisted-Python at twistedmatrix.com"), in the footer of a message or one a reply quoted. Some posters' clients put
 * that address in their own From header, and an anonymous list sends from it: a From header with it says nothing about
 * who posted.
 */
final class ListFooterAddress {

    private static final Pattern ADDRESS_BELOW_NAME = Pattern.compile(
            "^[>\\s]*\\S[^\\n]* mailing list[ \\t]*\\n[>\\s]*(\\S+(?:@| at )[^\\s\\[<]+)", Pattern.MULTILINE);

    private ListFooterAddress() {}

    /** @return the list addresses the body's footers give, as {@link MailAddress#normalise} writes them */
    static List<String> in(String body, List<BodySegment> segments) {
        List<String> addresses = new ArrayList<>(0);
        for (BodySegment segment : segments) {
            if (segment.role() != BlockRole.ARCHIVE_FOOTER) {
                continue;
            }
            Matcher address = ADDRESS_BELOW_NAME.matcher(body).region(segment.start(), segment.end());
            while (address.find()) {
                MailAddress.parse(address.group(1)).map(MailAddress::toString).ifPresent(addresses::add);
            }
        }
        return addresses;
    }
}
