package org.caucus.search;

import java.util.List;

/**
 * One page of results: the hits of up to {@code pageSize} messages, best first.
 *
 * @param messages how many messages match in all
 * @param indexIncomplete whether the index was being rebuilt or taking in an import, so that some messages may be
 *     missing
 */
public record SearchPage(List<SearchHit> hits, long messages, int page, int pageSize, boolean indexIncomplete) {

    public int pages() {
        return (int) Math.max(1, (messages + pageSize - 1) / pageSize);
    }
}
