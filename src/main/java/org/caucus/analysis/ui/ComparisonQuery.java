package org.caucus.analysis.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Period;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.ScopeParameters;

/**
 * What the comparison pages show, as it travels in the address: the scope's filters, the rollup,
 * and each page's own choice (pivot, issue, period, followed row). A page's address can thus be
 * bookmarked or sent to a colleague. Values that do not parse are left out and named in {@code
 * problems}, so that a mistyped address still shows a page and says what it ignored.
 */
record ComparisonQuery(
        ComparisonScope scope,
        Rollup rollup,
        boolean pivot,
        String issue,
        Period period,
        String row,
        List<String> problems) {

    static ComparisonQuery defaults() {
        return new ComparisonQuery(
                ComparisonScope.everything(), Rollup.PARTICIPANT, false, null, Period.MONTH, null, List.of());
    }

    static ComparisonQuery parse(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        List<String> problems = new ArrayList<>();
        ComparisonScope scope = ScopeParameters.parse(values, problems);
        return new ComparisonQuery(
                scope,
                ScopeParameters.one(values, "rows", Rollup.PARTICIPANT, problems),
                values.getOrDefault("pivot", List.of()).contains("true"),
                ScopeParameters.first(values, "issue"),
                ScopeParameters.one(values, "period", Period.MONTH, problems),
                ScopeParameters.first(values, "row"),
                List.copyOf(problems));
    }

    QueryParameters toParameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        ScopeParameters.put(scope, values);
        if (rollup != Rollup.PARTICIPANT) {
            values.put("rows", List.of(ScopeParameters.name(rollup)));
        }
        if (pivot) {
            values.put("pivot", List.of("true"));
        }
        if (issue != null) {
            values.put("issue", List.of(issue));
        }
        if (period != Period.MONTH) {
            values.put("period", List.of(ScopeParameters.name(period)));
        }
        if (row != null) {
            values.put("row", List.of(row));
        }
        return new QueryParameters(values);
    }

    ComparisonQuery withScope(ComparisonScope changed) {
        return new ComparisonQuery(changed, rollup, pivot, issue, period, row, List.of());
    }

    ComparisonQuery withRollup(Rollup changed) {
        // A followed row belongs to one rollup; it means nothing in another.
        return new ComparisonQuery(scope, changed, pivot, issue, period, null, List.of());
    }

    ComparisonQuery withPivot(boolean changed) {
        return new ComparisonQuery(scope, rollup, changed, issue, period, row, List.of());
    }

    ComparisonQuery withIssue(String changed) {
        return new ComparisonQuery(scope, rollup, pivot, changed, period, row, List.of());
    }

    ComparisonQuery withPeriod(Period changed) {
        return new ComparisonQuery(scope, rollup, pivot, issue, changed, row, List.of());
    }

    ComparisonQuery withRow(String changed) {
        return new ComparisonQuery(scope, rollup, pivot, issue, period, changed, List.of());
    }
}
