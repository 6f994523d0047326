package org.caucus.corpus.importing;

import java.util.ArrayList;
import java.util.List;
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
    // A tag holds no bracket: in "[Fwd: Re: [Twisted-Python] Naming]" the tag is "Twisted-Python".
    private static final Pattern TAG = Pattern.compile("\\s*\\[([^\\[\\]]+)\\]");
    // A tag that a word ending in a colon ("Was:", "Antwort:", "答复:") or a bare "was" introduces inside a subject.
    private static final Pattern INTRODUCED_TAG = Pattern.compile(
            "(?:\\bwas\\s*|[^\\s\\[\\]()]+:\\s*)\\[([^\\[\\]]+)\\]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    // The bracket a forward puts around the whole subject it forwards: "[Fwd: ...]" as Mailman 2 wrote it, and
    // "[user@host: ...]" as mutt does.
    private static final Pattern FORWARD_BRACKET =
            Pattern.compile("\\s*\\[(?:fwd?\\s*:|[^\\[\\]\\s]+@[^\\[\\]\\s]+:)\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * A subject's list tag: the list's name, and where the tag starts (its opening bracket) and ends.
     */
    public record Tag(String name, int start, int end) {}

    /**
     * The tags that head a subject, among reply prefixes and forward brackets: "[XML-SIG] Re: [Twisted-Python]
     * parsers", a reply sent to two lists, has two. The prefixes are passed one at a time: a single expression
     * repeating them overflowed the stack on a subject a mail loop had given a thousand "Re:"s.
     */
    public static List<Tag> leadingTags(String subject) {
        List<Tag> tags = new ArrayList<>(1);
        Matcher prefix = REPLY_PREFIX.matcher(subject);
        Matcher bracket = FORWARD_BRACKET.matcher(subject);
        Matcher tag = TAG.matcher(subject);
        int at = 0;
        while (at < subject.length()) {
            if (tag.region(at, subject.length()).lookingAt()) {
                tags.add(new Tag(tag.group(1), tag.start(1) - 1, tag.end()));
                at = tag.end();
            } else if (prefix.region(at, subject.length()).lookingAt() && prefix.end() > at) {
                at = prefix.end();
            } else if (bracket.region(at, subject.length()).lookingAt()) {
                at = bracket.end();
            } else {
                break;
            }
        }
        return tags;
    }

    /** Every tag of a subject, wherever it stands: "[UPDATE] aio works [was: Re: [Twisted-Python] Async I/O]" has two. */
    public static List<String> allTags(String subject) {
        return TAG.matcher(subject).results().map(tag -> tag.group(1).strip()).toList();
    }

    /**
     * The tags inside a subject that a reply's or a renamed thread's words bring in: "Talk in DC (Was: [Twisted-Python]
     * Talk in Boston)", "Antwort: [Twisted-Python] Win32 installer". Such a tag is the list's tag of the subject the
     * message answers, where a tag amid other words ("Bug [PATCH] in foo") may be anything.
     */
    public static List<String> introducedTags(String subject) {
        return INTRODUCED_TAG
                .matcher(subject)
                .results()
                .map(tag -> tag.group(1).strip())
                .toList();
    }

    private SubjectPrefixes() {}
}
