package org.caucus.analysis;

import java.time.LocalDate;
import java.util.Set;
import org.caucus.account.CoderNames;
import org.caucus.coding.StanceQualifier;

/**
 * What a comparison covers: the filters of the comparison page and how passages are counted. The
 * exports take the same scope, so that a workbook says what the page it came from said.
 *
 * <p>An empty set means "no filter" (every list, thread, coder or qualifier); a {@code null} date
 * leaves that end of the range open. Dates are inclusive days in UTC.
 */
public record ComparisonScope(
        LocalDate from,
        LocalDate to,
        Set<String> lists,
        Set<Long> threadIds,
        Set<String> coders,
        Set<StanceQualifier> qualifiers,
        Counting counting) {

    public ComparisonScope {
        lists = Set.copyOf(lists);
        threadIds = Set.copyOf(threadIds);
        coders = Set.copyOf(coders);
        qualifiers = Set.copyOf(qualifiers);
        if (counting == null) {
            throw new IllegalArgumentException("a comparison scope needs a counting mode");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Every coded passage of the project, each statement counted once. */
    public static ComparisonScope everything() {
        return new ComparisonScope(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Counting.STATEMENTS);
    }

    /** Whether only the consensus coder's passages count: the versions settled on the Disagreements page. */
    public boolean consensusOnly() {
        return coders.equals(Set.of(CoderNames.CONSENSUS));
    }

    /** The same scope over these coders' passages only; empty: every coder's. */
    public ComparisonScope withCoders(Set<String> chosen) {
        return new ComparisonScope(from, to, lists, threadIds, chosen, qualifiers, counting);
    }

    /** The same scope over the consensus coder's passages only. */
    public ComparisonScope withConsensusOnly() {
        return withCoders(Set.of(CoderNames.CONSENSUS));
    }

    public ComparisonScope counting(Counting mode) {
        return new ComparisonScope(from, to, lists, threadIds, coders, qualifiers, mode);
    }
}
