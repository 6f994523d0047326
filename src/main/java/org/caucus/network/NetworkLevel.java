package org.caucus.network;

/** Who the actors of a network are. */
public enum NetworkLevel {
    PARTICIPANTS("Participants"),
    /** Each organisation takes the stances of its members together; participants without one are left out. */
    ORGANISATIONS("Organisations");

    private final String label;

    NetworkLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
