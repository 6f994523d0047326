package org.caucus.network;

import org.caucus.analysis.ComparisonScope;

/** Which network to build, between whom, how its ties weigh, and over which coded passages. */
public record NetworkRequest(NetworkKind kind, NetworkLevel level, TieWeight weight, ComparisonScope scope) {

    public NetworkRequest {
        if (kind == null || level == null || weight == null || scope == null) {
            throw new IllegalArgumentException("a network request needs a kind, a level, a weighting and a scope");
        }
    }
}
