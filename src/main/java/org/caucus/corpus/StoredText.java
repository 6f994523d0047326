package org.caucus.corpus;

import java.util.List;

/**
 * A message given as text, once stored, or the message the project already held with the same Message-ID or text.
 *
 * @param warnings what the message was stored with although not fully understood (a field cut to fit its column, a
 *     body whose quotes could not be told apart); empty for one the project already held
 */
public record StoredText(long messageId, List<String> warnings) {

    public StoredText {
        warnings = List.copyOf(warnings);
    }

    /** Its warnings as lines of its import's report, each naming where the message came from. */
    List<ImportReport.Problem> problems(String sourceName) {
        return warnings.stream()
                .map(warning -> new ImportReport.Problem(
                        sourceName, sourceName, ImportReport.Outcome.WARNING, warning, messageId, null))
                .toList();
    }
}
