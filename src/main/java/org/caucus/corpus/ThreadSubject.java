package org.caucus.corpus;

import java.util.Locale;
import java.util.regex.Pattern;

/** The part of a subject that stays the same along a thread: no list tags, no Re:/Fwd: chains. */
final class ThreadSubject {

    private static final Pattern LIST_TAG = Pattern.compile("\\[[^\\]]{1,60}\\]\\s*");
    // Reply and forward prefixes of common clients in several languages, with counts like "Re[2]:".
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^(?:re|fwd?|aw|wg|sv|vs|ref|antw|r|rif|res|tr)(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    private ThreadSubject() {}

    static String of(String subject) {
        if (subject == null) {
            return null;
        }
        String rest = subject.strip();
        String previous;
        do {
            previous = rest;
            rest = LIST_TAG.matcher(rest).replaceFirst("");
            rest = REPLY_PREFIX.matcher(rest).replaceFirst("").strip();
        } while (!rest.equals(previous));
        return rest.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
