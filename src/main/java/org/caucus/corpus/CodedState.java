package org.caucus.corpus;

/** Whether a message holds coded passages, as the message list and the search narrow by it. */
public enum CodedState {
    /** Coded or not. */
    ANY,
    /** At least one coded passage. */
    CODED,
    /** No coded passage yet: what is left to read. */
    UNCODED
}
