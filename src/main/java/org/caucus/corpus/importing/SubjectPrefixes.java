package org.caucus.corpus.importing;

import java.util.regex.Pattern;

/**
 * What mail clients and lists put before a subject's own words: reply and forward prefixes ("Re:", "AW:", "Re[2]:")
 * and the list's tag ("[bestbits]"). Importing reads the list's name from the tag and threads by the words after
 * them; the pages leave the tag out beside a column that names the list.
 */
public final class SubjectPrefixes {

    /** One reply or forward prefix, in the languages list archives show. */
    static final String REPLY = "(?:re|fwd?|fw|aw|sv|wg|vs|antw|ref|tr)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:";

    /** A list's tag where it heads the subject or follows reply prefixes only; group 1 is the list's name. */
    public static final Pattern LIST_TAG =
            Pattern.compile("^\\s*(?:" + REPLY + "\\s*)*\\[([^\\]]+)\\]", Pattern.CASE_INSENSITIVE);

    private SubjectPrefixes() {}
}
