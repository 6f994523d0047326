package org.caucus.agreement;

import org.caucus.coding.StanceQualifier;

/**
 * One coder's coded passage as the disagreement browser shows it; {@code version} is what a change
 * of it (in the consensus coder) starts from.
 */
public record CoderPassage(
        long annotationId,
        long version,
        long messageId,
        int start,
        int end,
        long positionId,
        String issue,
        String position,
        String colour,
        StanceQualifier qualifier,
        String coder,
        String memo) {

    boolean overlaps(int from, int to) {
        return start < to && end > from;
    }
}
