package org.caucus.project;

/** What a member may do in a project; each role may do everything the ones below it may. */
public enum ProjectRole {
    /** Settings, members, codebook, deleting the project; and all a coder may. */
    OWNER,
    /** Codes passages and works on the corpus; and all a viewer may. */
    CODER,
    /** Reads and exports. */
    VIEWER;

    public boolean mayCode() {
        return this == OWNER || this == CODER;
    }

    public boolean mayOwn() {
        return this == OWNER;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
