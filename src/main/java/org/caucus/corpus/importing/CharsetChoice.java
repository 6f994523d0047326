package org.caucus.corpus.importing;

/** How the charset of a body was chosen, so that an analyst can tell a declared charset from a guess. */
public enum CharsetChoice {
    /** The message declares it (Content-Type charset, or the page's meta charset), possibly via a known alias. */
    DECLARED,
    /** Nothing declared it; it was detected from the bytes. */
    DETECTED,
    /** Nothing declared it and there was nothing to detect (plain ASCII), or the declared one was unusable. */
    DEFAULT
}
