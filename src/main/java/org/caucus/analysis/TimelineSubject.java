package org.caucus.analysis;

/**
 * Whose positions a timeline follows, and which.
 *
 * @param rollup with {@code rowKey}, the one row (participant, organisation...) followed; {@code
 *     null} for everyone in the scope
 * @param rowKey a {@link PositionMatrix.Row#key()}, {@code null} for that rollup's row without one
 * @param issue only this issue's positions; {@code null} for all of them
 */
public record TimelineSubject(Rollup rollup, String rowKey, String issue) {

    public static TimelineSubject everyone(String issue) {
        return new TimelineSubject(null, null, issue);
    }

    public static TimelineSubject row(Rollup rollup, String rowKey) {
        return new TimelineSubject(rollup, rowKey, null);
    }

    /** Whether the timeline follows part of the scope's passages: one row's, or one issue's. */
    public boolean narrowed() {
        return rollup != null || issue != null;
    }

    ScopeFilter narrow(ScopeFilter filter) {
        if (rollup != null) {
            filter.row(rollup, rowKey);
        }
        return issue == null ? filter : filter.issue(issue);
    }
}
