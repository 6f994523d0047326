package org.caucus.corpus;

/** What became of one imported input: a new message, or one the project already held. */
public record ImportOutcome(String sourceName, Long messageId, boolean duplicate) {

    static ImportOutcome imported(String sourceName, long messageId) {
        return new ImportOutcome(sourceName, messageId, false);
    }

    static ImportOutcome duplicate(String sourceName) {
        return new ImportOutcome(sourceName, null, true);
    }
}
