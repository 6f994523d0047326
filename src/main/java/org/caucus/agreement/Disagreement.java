package org.caucus.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stretch of one message where the chosen coders did not code alike: the passages each coder
 * coded over it (none, for a coder who left it uncoded), what differs, the text around it, and the
 * consensus coder's passages there, if the owner has settled it.
 *
 * @param start where the first passage of the stretch begins in the message text
 * @param end where the last one ends
 * @param versions each chosen coder's passages over the stretch, in the order of the chosen coders
 * @param differences what differs, in words, such as "qualifier" or "not coded by bob"
 * @param before up to {@link #CONTEXT} characters of the message before the stretch
 */
public record Disagreement(
        long messageId,
        String subject,
        int start,
        int end,
        Map<String, List<CoderPassage>> versions,
        List<String> differences,
        List<CoderPassage> consensus,
        String before,
        String text,
        String after) {

    /** How much message text the browser shows on either side of a stretch. */
    public static final int CONTEXT = 200;

    public Disagreement {
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        differences = List.copyOf(differences);
        consensus = List.copyOf(consensus);
    }

    /** Settled: the consensus coder holds a version of this stretch. */
    public boolean resolved() {
        return !consensus.isEmpty();
    }

    /** The text of one of the stretch's passages, which all lie inside it. */
    public String textOf(CoderPassage passage) {
        return text.substring(Math.max(0, passage.start() - start), Math.min(text.length(), passage.end() - start));
    }

    public List<CoderPassage> versionOf(String coder) {
        return versions.getOrDefault(coder, List.of());
    }
}
