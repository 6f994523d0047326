package org.caucus.corpus;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail address as participants are matched by it: lower case, without the brackets and {@code mailto:} that
 * clients put around it, and with the archives' obfuscation undone: Mailman 2's "user at host", HyperKitty's
 * "user(a)host".
 */
record MailAddress(String localPart, String host) {

    private static final Pattern ADDRESS = Pattern.compile(
            "^[<\\[(\"']*(?:mailto:)?([^\\s@<>()\\[\\]\"']+)(?:@| at |\\(a\\))([a-z0-9-]+(?:\\.[a-z0-9-]+)+)[>\\])\"']*$");

    // Second-level labels under which country registries hand out names, as in example.org.au.
    private static final Set<String> REGISTRY_LABELS =
            Set.of("co", "com", "org", "net", "ac", "edu", "gov", "or", "ne");

    // Mailboxes that a role, not a person, writes from: the same local part at two hosts says nothing.
    private static final Set<String> ROLE_MAILBOXES = Set.of(
            "info",
            "admin",
            "administrator",
            "contact",
            "office",
            "mail",
            "email",
            "webmaster",
            "postmaster",
            "noreply",
            "no-reply",
            "list",
            "lists",
            "news",
            "support",
            "help",
            "secretariat",
            "root",
            "hostmaster");

    static Optional<MailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = ADDRESS.matcher(text.strip().toLowerCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(new MailAddress(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** The address as stored; a text that is not an address is only trimmed and lower-cased. */
    static String normalise(String text) {
        return parse(text)
                .map(MailAddress::toString)
                .orElseGet(() -> text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The domain an organisation registered: lists.ciroap.org and ciroap.org are one, as are mail.example.org.au
     * and example.org.au. Google's two domains are one mailbox.
     */
    String organisationDomain() {
        String[] labels = host.split("\\.");
        int keep = labels.length >= 3
                        && labels[labels.length - 1].length() == 2
                        && REGISTRY_LABELS.contains(labels[labels.length - 2])
                ? 3
                : 2;
        String domain = String.join(
                ".", java.util.Arrays.copyOfRange(labels, Math.max(0, labels.length - keep), labels.length));
        return domain.equals("googlemail.com") ? "gmail.com" : domain;
    }

    /** Whether a person, rather than a role such as info@ or webmaster@, writes from this mailbox. */
    boolean isPersonal() {
        return !ROLE_MAILBOXES.contains(localPart);
    }

    @Override
    public String toString() {
        return localPart + "@" + host;
    }
}
