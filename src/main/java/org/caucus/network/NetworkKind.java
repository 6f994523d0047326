package org.caucus.network;

/** The three discourse networks of discourse network analysis. */
public enum NetworkKind {
    /** Two actors are tied by each position they both support, or both oppose. */
    CONGRUENCE("Congruence", "tied by the positions both support or both oppose"),
    /** Two actors are tied by each position one supports and the other opposes. */
    CONFLICT("Conflict", "tied by the positions one supports and the other opposes"),
    /** Two-mode: each actor is tied to the positions they coded passages on. */
    AFFILIATION("Affiliation", "actors tied to the positions they took, weighted by passages");

    private final String label;
    private final String meaning;

    NetworkKind(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether both ends of a tie are actors; the affiliation network ties actors to positions. */
    public boolean oneMode() {
        return this != AFFILIATION;
    }
}
