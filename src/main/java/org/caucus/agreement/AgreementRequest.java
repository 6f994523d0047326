package org.caucus.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;

/**
 * Whose agreement, over which messages: two or more coders, and the messages of some lists and
 * threads between two days (inclusive, UTC). Empty sets and {@code null} days do not restrict.
 */
public record AgreementRequest(
        List<String> coders, LocalDate from, LocalDate to, Set<String> lists, Set<Long> threadIds) {

    public AgreementRequest {
        coders = List.copyOf(coders);
        lists = Set.copyOf(lists);
        threadIds = Set.copyOf(threadIds);
        if (coders.size() < 2 || Set.copyOf(coders).size() != coders.size()) {
            throw new IllegalArgumentException(
                    "Choose two or more different coders to measure their agreement; chosen: " + coders + ".");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The date range ends (" + to + ") before it starts (" + from + ").");
        }
    }

    /** The passages of these coders in the request's messages, each counted where it stands. */
    public ComparisonScope scope(Set<String> passagesOf) {
        return new ComparisonScope(from, to, lists, threadIds, passagesOf, Set.of(), Counting.OCCURRENCES);
    }

    /** Every message of the project that these coders coded. */
    public static AgreementRequest everyMessage(List<String> coders) {
        return new AgreementRequest(coders, null, null, Set.of(), Set.of());
    }
}
