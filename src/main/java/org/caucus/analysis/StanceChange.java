package org.caucus.analysis;

/** A participant who took one side of a position and later the other, with the two passages. */
public record StanceChange(String participant, String position, PassageLink before, PassageLink after) {

    /** "supports, then opposes". */
    public String summary() {
        return before.qualifier().label() + ", then " + after.qualifier().label();
    }
}
