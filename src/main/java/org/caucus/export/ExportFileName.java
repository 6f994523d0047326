package org.caucus.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;

/**
 * Names an export so that a folder of them reads like a list: project, scope and time, as in
 * {@code caucus-Bestbits-2013-11-01_2013-11-30-lists-bestbits-20261129-011502.xlsx}.
 */
final class ExportFileName {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MAX_PART = 40;

    private ExportFileName() {}

    static String of(String project, ComparisonScope scope, LocalDateTime at, ExportFormat format) {
        return "caucus-" + safe(project) + "-" + scopePart(scope) + "-" + at.format(STAMP) + "." + format.extension();
    }

    private static String scopePart(ComparisonScope scope) {
        List<String> parts = new ArrayList<>();
        if (scope.from() != null || scope.to() != null) {
            parts.add((scope.from() == null ? "start" : scope.from().toString()) + "_"
                    + (scope.to() == null ? "end" : scope.to().toString()));
        }
        if (!scope.lists().isEmpty()) {
            parts.add(
                    "lists-" + String.join("+", scope.lists().stream().sorted().toList()));
        }
        if (!scope.threadIds().isEmpty()) {
            parts.add(scope.threadIds().size() + "-threads");
        }
        if (!scope.coders().isEmpty()) {
            parts.add("coders-"
                    + String.join("+", scope.coders().stream().sorted().toList()));
        }
        if (!scope.qualifiers().isEmpty()) {
            parts.add(String.join(
                    "+",
                    scope.qualifiers().stream().map(q -> q.label()).sorted().toList()));
        }
        if (scope.counting() == Counting.OCCURRENCES) {
            parts.add("occurrences");
        }
        return parts.isEmpty() ? "all" : safe(String.join("-", parts));
    }

    private static String safe(String text) {
        String safe = text.replaceAll("[^\\p{L}\\p{N}._+-]+", "-");
        return safe.length() > MAX_PART ? safe.substring(0, MAX_PART) : safe;
    }
}
