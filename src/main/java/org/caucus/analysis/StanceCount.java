package org.caucus.analysis;

import org.caucus.coding.StanceQualifier;

/** The coded passages of one row on one position, by qualifier, counted as the comparison's counting mode says. */
public record StanceCount(long supports, long opposes, long neutral) {

    public static final StanceCount NONE = new StanceCount(0, 0, 0);

    StanceCount plus(StanceQualifier qualifier, long passages) {
        return switch (qualifier) {
            case SUPPORTS -> new StanceCount(supports + passages, opposes, neutral);
            case OPPOSES -> new StanceCount(supports, opposes + passages, neutral);
            case NEUTRAL -> new StanceCount(supports, opposes, neutral + passages);
        };
    }

    StanceCount plus(StanceCount other) {
        return new StanceCount(supports + other.supports, opposes + other.opposes, neutral + other.neutral);
    }

    public long total() {
        return supports + opposes + neutral;
    }

    /** Supports minus opposes: above zero the row leans in favour, below zero against. */
    public long net() {
        return supports - opposes;
    }

    /** Both supported and opposed: a contradiction, which analysts treat as a finding. */
    public boolean contradicts() {
        return supports > 0 && opposes > 0;
    }

    public long of(StanceQualifier qualifier) {
        return switch (qualifier) {
            case SUPPORTS -> supports;
            case OPPOSES -> opposes;
            case NEUTRAL -> neutral;
        };
    }
}
