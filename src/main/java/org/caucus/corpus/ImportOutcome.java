package org.caucus.corpus;

import java.util.List;

/**
 * What became of one imported input: a new message, one the project already held, or input refused as not a message.
 *
 * @param messageId the new message, or for a duplicate the message the project already held; {@code null} for a
 *     refusal
 * @param refusal why nothing was stored, naming the input and the line; {@code null} unless refused
 * @param warnings what the new message was stored with although not fully understood; empty otherwise
 * @param runId the import that stored the new message, by which it may be taken back; {@code null} otherwise
 */
public record ImportOutcome(
        String sourceName, Long messageId, boolean duplicate, String refusal, List<String> warnings, Long runId) {

    public ImportOutcome {
        warnings = List.copyOf(warnings);
    }

    static ImportOutcome imported(String sourceName, long messageId, List<String> warnings, long runId) {
        return new ImportOutcome(sourceName, messageId, false, null, warnings, runId);
    }

    static ImportOutcome duplicate(String sourceName, long heldMessageId) {
        return new ImportOutcome(sourceName, heldMessageId, true, null, List.of(), null);
    }

    static ImportOutcome refused(String sourceName, String reason) {
        return new ImportOutcome(sourceName, null, false, reason, List.of(), null);
    }

    public boolean refused() {
        return refusal != null;
    }
}
