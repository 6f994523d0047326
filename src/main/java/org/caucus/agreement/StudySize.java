package org.caucus.agreement;

/**
 * The size of an agreement study before it is measured: the messages a chosen coder coded, and the positions they
 * used there. Each message with each position is one unit.
 */
public record StudySize(int messages, int positions) {

    public long units() {
        return (long) messages * positions;
    }
}
