package org.caucus.analysis;

/** How the comparison pages count coded passages. */
public enum Counting {
    /** A passage quoted in several replies is one statement, counted once. */
    STATEMENTS("Statements (a quoted passage counts once)"),
    /** Every coded passage counts, wherever it was quoted. */
    OCCURRENCES("Every occurrence"),
    /** Each message counts once however many of its passages take the position. */
    MESSAGES("Messages that contain the position");

    private final String label;

    Counting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The JPQL aggregate over annotations {@code a} that counts in this mode. */
    public String aggregate() {
        return switch (this) {
            // The statement key is the same for a passage and its quotes.
            case STATEMENTS -> "count(distinct a.statementKey)";
            case OCCURRENCES -> "count(a)";
            case MESSAGES -> "count(distinct a.message.id)";
        };
    }
}
