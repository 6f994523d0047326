package org.caucus.analysis;

import org.caucus.coding.StanceQualifier;

/** The coded passages of one participant on one position, by qualifier. */
public record StanceCount(long supports, long opposes, long neutral) {

    public static final StanceCount NONE = new StanceCount(0, 0, 0);

    StanceCount plus(StanceQualifier qualifier, long passages) {
        return switch (qualifier) {
            case SUPPORTS -> new StanceCount(supports + passages, opposes, neutral);
            case OPPOSES -> new StanceCount(supports, opposes + passages, neutral);
            case NEUTRAL -> new StanceCount(supports, opposes, neutral + passages);
        };
    }

    public long total() {
        return supports + opposes + neutral;
    }
}
