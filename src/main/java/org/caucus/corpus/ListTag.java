package org.caucus.corpus;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A subject's list tag, "[Twisted-Python]", which pipermail lists put in every subject. Beside a column that names the
 * list, it only takes the room the subject's own words need.
 */
public final class ListTag {

    /** What may come before the tag: reply and forward prefixes, as mail clients write them. */
    private static final Pattern REPLY_PREFIXES =
            Pattern.compile("(?:\\s*(?:re|fwd?|fw|aw|sv|wg|vs|antw|tr)\\s*:)*\\s*", Pattern.CASE_INSENSITIVE);

    private ListTag() {}

    /**
     * The subject without its list's tag, when the tag comes first or after reply prefixes only ("Re: [bestbits]
     * 1net" becomes "Re: 1net"); any other subject as it is.
     */
    public static String removed(String subject, String listName) {
        if (subject == null || listName == null) {
            return subject;
        }
        String tag = "[" + listName.toLowerCase(Locale.ROOT) + "]";
        int at = subject.toLowerCase(Locale.ROOT).indexOf(tag);
        if (at < 0 || !REPLY_PREFIXES.matcher(subject.substring(0, at)).matches()) {
            return subject;
        }
        String rest = subject.substring(at + tag.length()).strip();
        String before = subject.substring(0, at).strip();
        return before.isEmpty() ? rest : before + " " + rest;
    }
}
