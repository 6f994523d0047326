package org.caucus.coding;

/** How a coded passage relates to its position: the agreement qualifier of discourse network analysis. */
public enum StanceQualifier {
    SUPPORTS("supports"),
    OPPOSES("opposes"),
    NEUTRAL("neutral");

    private final String label;

    StanceQualifier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
