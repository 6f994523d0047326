package org.caucus.corpus.importing;

/** How the charset of a body was chosen, so that an analyst can tell a declared charset from a guess. */
public enum CharsetChoice {
    /** The message declares it (Content-Type charset, or the page's meta charset), possibly via a known alias. */
    DECLARED("declared by the message"),
    /** Nothing declared it; it was detected from the bytes. */
    DETECTED("detected from its bytes"),
    /** Nothing declared it and there was nothing to detect (plain ASCII), or the declared one was unusable. */
    DEFAULT("assumed: nothing usable was declared");

    private final String label;

    CharsetChoice(String label) {
        this.label = label;
    }

    /** How the charset was chosen, in the words the reader shows. */
    public String label() {
        return label;
    }
}
