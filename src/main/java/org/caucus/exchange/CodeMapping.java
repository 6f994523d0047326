package org.caucus.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caucus.coding.StanceQualifier;

/**
 * How the codes of a REFI-QDA codebook become Caucus issues, positions and qualifiers. Files Caucus
 * writes come back as they were; for files from other tools the rule is:
 *
 * <ol>
 *   <li>A code named supports, opposes or neutral directly under another code is that code's
 *       qualifier.
 *   <li>A top-level code that has other codes under it, or that cannot be coded, is an issue.
 *   <li>Every other code is a position: under its top-level code, named by its path below it
 *       ("Funding › Public"), or, when it is itself at the top, under the issue "Imported codes".
 *       A top-level issue code that was coded directly also becomes a position of its own name.
 *   <li>A passage coded with a position's code and not with a qualifier code is imported as
 *       neutral: the other tool recorded what it is about, not which way it leans.
 * </ol>
 */
final class CodeMapping {

    static final String LOOSE_CODES_ISSUE = "Imported codes";
    private static final String PATH_SEPARATOR = " › ";
    private static final List<String> PALETTE =
            List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f");

    /** An issue to find or create. */
    record IssueDefinition(String name, String description) {}

    /** A position to find or create. */
    record PositionDefinition(String issue, String name, String description, String colour) {}

    /** What a code means for a coded passage: this position, with this qualifier. */
    record Target(String issue, String position, StanceQualifier qualifier) {}

    private final Map<String, IssueDefinition> issues = new LinkedHashMap<>();
    private final Map<List<String>, PositionDefinition> positions = new LinkedHashMap<>();
    private final Map<String, Target> targets = new HashMap<>();

    private CodeMapping() {}

    static CodeMapping of(List<QdaCode> codes) {
        CodeMapping mapping = new CodeMapping();
        for (QdaCode top : codes) {
            List<QdaCode> below = notQualifiers(top);
            if (!top.codable() || !below.isEmpty()) {
                mapping.issue(top.name(), top.description());
                if (top.codable()) {
                    mapping.position(top.name(), top.name(), top);
                }
                below.forEach(code -> mapping.walk(top.name(), code, ""));
            } else {
                mapping.issue(LOOSE_CODES_ISSUE, "Codes that the imported file did not group under a question.");
                mapping.position(LOOSE_CODES_ISSUE, top.name(), top);
            }
        }
        return mapping;
    }

    Collection<IssueDefinition> issues() {
        return issues.values();
    }

    Collection<PositionDefinition> positions() {
        return positions.values();
    }

    /** The position and qualifier a code stands for; empty for an issue code that cannot be coded. */
    Optional<Target> target(String codeGuid) {
        return Optional.ofNullable(targets.get(codeGuid));
    }

    private void walk(String issue, QdaCode code, String parentPath) {
        String path = parentPath.isEmpty() ? code.name() : parentPath + PATH_SEPARATOR + code.name();
        List<QdaCode> below = notQualifiers(code);
        if (code.codable() || below.isEmpty()) {
            position(issue, path, code);
        }
        below.forEach(child -> walk(issue, child, path));
    }

    private void issue(String name, String description) {
        issues.putIfAbsent(name, new IssueDefinition(name, description));
    }

    private void position(String issue, String name, QdaCode code) {
        positions.putIfAbsent(
                List.of(issue, name),
                new PositionDefinition(issue, name, code.description(), colour(code.color(), positions.size())));
        targets.put(code.guid(), new Target(issue, name, StanceQualifier.NEUTRAL));
        for (QdaCode child : code.children()) {
            qualifier(child).ifPresent(qualifier -> targets.put(child.guid(), new Target(issue, name, qualifier)));
        }
    }

    private static List<QdaCode> notQualifiers(QdaCode code) {
        List<QdaCode> others = new ArrayList<>();
        code.children().stream().filter(child -> qualifier(child).isEmpty()).forEach(others::add);
        return others;
    }

    private static Optional<StanceQualifier> qualifier(QdaCode code) {
        String name = code.name().strip().toLowerCase(Locale.ROOT);
        for (StanceQualifier qualifier : StanceQualifier.values()) {
            if (qualifier.label().equals(name) && code.children().isEmpty()) {
                return Optional.of(qualifier);
            }
        }
        return Optional.empty();
    }

    /** Caucus keeps colours as #rrggbb; REFI-QDA also allows #rgb, and a code may have none. */
    private static String colour(String color, int index) {
        if (color != null && color.matches("#[0-9a-fA-F]{6}")) {
            return color.toLowerCase(Locale.ROOT);
        }
        if (color != null && color.matches("#[0-9a-fA-F]{3}")) {
            return ("#" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3)
                            + color.charAt(3))
                    .toLowerCase(Locale.ROOT);
        }
        return PALETTE.get(index % PALETTE.size());
    }
}
