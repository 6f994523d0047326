package org.caucus.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Says in words which messages an agreement request covers, for the page and the workbook. */
public final class MessageSetDescription {

    private MessageSetDescription() {}

    public static String of(AgreementRequest request) {
        List<String> parts = new ArrayList<>();
        if (!request.lists().isEmpty()) {
            parts.add("lists " + String.join(", ", new TreeSet<>(request.lists())));
        }
        if (!request.threadIds().isEmpty()) {
            parts.add(
                    request.threadIds().size() == 1
                            ? "one thread"
                            : request.threadIds().size() + " threads");
        }
        if (request.from() != null) {
            parts.add("from " + request.from());
        }
        if (request.to() != null) {
            parts.add("to " + request.to());
        }
        String days = request.from() != null || request.to() != null ? " (days in UTC)" : "";
        return parts.isEmpty() ? "every message of the project" : String.join(", ", parts) + days;
    }
}
