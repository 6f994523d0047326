package org.caucus.corpus;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A From header that a list or a service wrote in the poster's stead: Mailman's and Google Groups' answer to DMARC,
 * "Jeremy Malcolm via Bestbits <bestbits@lists.bestbits.net>" or "'Jeremy Malcolm' via Bestbits <...>", and
 * LinkedIn's "Mike Meng via LinkedIn <member@linkedin.com>". The address is the sender's, shared by everyone it sent
 * for, so it says nothing about who posted: the name before "via" does.
 */
final class SentVia {

    private static final Pattern VIA =
            Pattern.compile("^\\s*'?(?<poster>.+?)'?\\s+via\\s+(?<sender>\\S.*?)\\s*$", Pattern.CASE_INSENSITIVE);

    private SentVia() {}

    /**
     * @param address the From header's address, which must be the sender's named after "via" (the list's, the
     *     service's), so that a person whose name holds the word is left alone
     * @return the poster's name, when the header was written in their stead
     */
    static Optional<String> posterName(String name, String address) {
        // Every poster of an import comes here: most names are spared the expression.
        if (name == null || address == null || !RegexShortcuts.mayMention(name, " via ")) {
            return Optional.empty();
        }
        Matcher via = VIA.matcher(name);
        if (!via.matches()) {
            return Optional.empty();
        }
        String sender = lettersAndDigits(via.group("sender"));
        return !sender.isEmpty() && lettersAndDigits(address).contains(sender)
                ? Optional.of(via.group("poster").strip())
                : Optional.empty();
    }

    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
