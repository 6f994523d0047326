package org.caucus.corpus;

/**
 * What became of one imported input: a new message, one the project already held, or input refused as not a message.
 *
 * @param messageId the new message; {@code null} for a duplicate or a refusal
 * @param refusal why nothing was stored, naming the input and the line; {@code null} unless refused
 */
public record ImportOutcome(String sourceName, Long messageId, boolean duplicate, String refusal) {

    static ImportOutcome imported(String sourceName, long messageId) {
        return new ImportOutcome(sourceName, messageId, false, null);
    }

    static ImportOutcome duplicate(String sourceName) {
        return new ImportOutcome(sourceName, null, true, null);
    }

    static ImportOutcome refused(String sourceName, String reason) {
        return new ImportOutcome(sourceName, null, false, reason);
    }

    public boolean refused() {
        return refusal != null;
    }
}
