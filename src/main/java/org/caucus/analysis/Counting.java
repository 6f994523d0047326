package org.caucus.analysis;

/** How the comparison pages count coded passages. */
public enum Counting {
    /** A passage quoted in several replies is one statement, counted once. */
    STATEMENTS("Statements (a quoted passage counts once)"),
    /** Every coded passage counts, wherever it was quoted. */
    OCCURRENCES("Every occurrence");

    private final String label;

    Counting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
