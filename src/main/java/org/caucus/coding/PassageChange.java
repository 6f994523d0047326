package org.caucus.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the history of coded passages: who created, changed or deleted which passage, when,
 * and what it said before and after. The "before" fields are {@code null} for a creation, the
 * "after" fields for a deletion.
 */
public record PassageChange(
        long annotationId,
        long messageId,
        String subject,
        Kind kind,
        String by,
        Instant at,
        String beforePosition,
        StanceQualifier beforeQualifier,
        String beforePassage,
        String beforeMemo,
        String afterPosition,
        StanceQualifier afterQualifier,
        String afterPassage,
        String afterMemo) {

    public enum Kind {
        CREATED("created"),
        CHANGED("changed"),
        DELETED("deleted");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the passage said before and after, in a few words: the whole of it, or only what changed. */
    public String what() {
        return switch (kind) {
            case CREATED -> stance(afterQualifier, afterPosition, afterPassage);
            case DELETED -> stance(beforeQualifier, beforePosition, beforePassage);
            case CHANGED -> differences();
        };
    }

    private String differences() {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(beforePosition, afterPosition)) {
            changes.add("position “" + beforePosition + "” → “" + afterPosition + "”");
        }
        if (beforeQualifier != afterQualifier) {
            changes.add("qualifier " + beforeQualifier.label() + " → " + afterQualifier.label());
        }
        if (!Objects.equals(beforePassage, afterPassage)) {
            changes.add("passage " + shortened(beforePassage) + " → " + shortened(afterPassage));
        }
        if (!Objects.equals(beforeMemo, afterMemo)) {
            changes.add("memo " + (beforeMemo == null ? "none" : shortened(beforeMemo)) + " → "
                    + (afterMemo == null ? "none" : shortened(afterMemo)));
        }
        return changes.isEmpty() ? "saved unchanged" : String.join("; ", changes);
    }

    private static String stance(StanceQualifier qualifier, String position, String passage) {
        return qualifier.label() + " “" + position + "”: " + shortened(passage);
    }

    private static String shortened(String text) {
        String line = text.replace('\n', ' ');
        return "“" + (line.length() <= 60 ? line : line.substring(0, 59) + "…") + "”";
    }
}
