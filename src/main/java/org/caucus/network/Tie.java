package org.caucus.network;

/**
 * One tie of a network as exports and the picture read it.
 *
 * @param count the positions behind a congruence or conflict tie, or the passages behind an affiliation tie
 * @param weight {@code count}, or its Jaccard share when the request asks for it
 * @param passages how the passages of an affiliation tie divide by qualifier; {@code null} in one-mode networks
 */
public record Tie(NetworkNode source, NetworkNode target, long count, double weight, Passages passages) {

    /** The passages behind an affiliation tie, by qualifier, counted as the scope counts them. */
    public record Passages(long supports, long opposes, long neutral) {}
}
