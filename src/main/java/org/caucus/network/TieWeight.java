package org.caucus.network;

/**
 * How the ties of the congruence and conflict networks are weighted. Affiliation ties always weigh
 * the passages behind them.
 */
public enum TieWeight {
    /** The number of positions behind the tie. */
    POSITIONS("Number of positions"),
    /**
     * Jaccard: the positions behind the tie divided by all the stances (congruence) or positions
     * (conflict) that either actor took, so that two prolific actors do not look closer than two
     * quiet ones who agree on everything they said.
     */
    JACCARD("Jaccard (share of all they took)");

    private final String label;

    TieWeight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
