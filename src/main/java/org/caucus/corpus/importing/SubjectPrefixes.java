package org.caucus.corpus.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What mail clients and lists put before a subject's own words: reply and forward prefixes ("Re:", "AW:", "Re[2]:")
 * and the list's tag ("[bestbits]"). Importing reads the list's name from the tag and threads by the words after
 * them; the pages leave the tag out beside a column that names the list.
 */
public final class SubjectPrefixes {

    /** One reply or forward prefix, in the languages list archives show. */
    static final String REPLY = "(?:re|fwd?|fw|aw|sv|wg|vs|antw|ref|tr)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:";

    private static final Pattern REPLY_PREFIX = Pattern.compile("\\s*" + REPLY + "\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("\\s*\\[([^\\]]+)\\]");

    /**
     * A subject's list tag: the list's name, and where the tag starts (its opening bracket) and ends.
     */
    public record Tag(String name, int start, int end) {}

    /**
     * The list's tag where it heads the subject or follows reply prefixes only. The prefixes are passed one at a
     * time: a single expression repeating them overflowed the stack on a subject a mail loop had given a thousand
     * "Re:"s.
     */
    public static Optional<Tag> listTag(String subject) {
        Matcher prefix = REPLY_PREFIX.matcher(subject);
        int at = 0;
        while (prefix.region(at, subject.length()).lookingAt() && prefix.end() > at) {
            at = prefix.end();
        }
        Matcher tag = TAG.matcher(subject).region(at, subject.length());
        return tag.lookingAt() ? Optional.of(new Tag(tag.group(1), tag.start(1) - 1, tag.end())) : Optional.empty();
    }

    private SubjectPrefixes() {}
}
