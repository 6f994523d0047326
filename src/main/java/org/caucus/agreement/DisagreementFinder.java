package org.caucus.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds where coders differ in one message. Passages whose text overlaps form one stretch, whoever
 * coded them; a stretch is a disagreement unless every chosen coder coded it with the same spans,
 * positions and qualifiers.
 */
final class DisagreementFinder {

    private DisagreementFinder() {}

    /** A message as the finder needs it. */
    record MessageText(long id, String subject, String body) {}

    /**
     * @param passages the chosen coders' passages in the message
     * @param consensus the consensus coder's passages in the message
     */
    static List<Disagreement> find(
            MessageText message, List<String> coders, List<CoderPassage> passages, List<CoderPassage> consensus) {
        List<Disagreement> found = new ArrayList<>();
        for (List<CoderPassage> stretch : stretches(passages)) {
            int start = stretch.stream().mapToInt(CoderPassage::start).min().orElseThrow();
            int end = stretch.stream().mapToInt(CoderPassage::end).max().orElseThrow();
            Map<String, List<CoderPassage>> versions = new LinkedHashMap<>();
            coders.forEach(coder -> versions.put(
                    coder, stretch.stream().filter(p -> p.coder().equals(coder)).toList()));
            List<String> differences = differences(versions);
            if (differences.isEmpty()) {
                continue;
            }
            String body = message.body();
            found.add(new Disagreement(
                    message.id(),
                    message.subject(),
                    start,
                    end,
                    versions,
                    differences,
                    consensus.stream().filter(p -> p.overlaps(start, end)).toList(),
                    body.substring(Math.max(0, start - Disagreement.CONTEXT), start),
                    body.substring(start, end),
                    body.substring(end, Math.min(body.length(), end + Disagreement.CONTEXT))));
        }
        return found;
    }

    /** Groups passages whose text overlaps, directly or through another passage, in text order. */
    private static List<List<CoderPassage>> stretches(List<CoderPassage> passages) {
        List<CoderPassage> byStart = passages.stream()
                .sorted(Comparator.comparingInt(CoderPassage::start).thenComparingInt(CoderPassage::end))
                .toList();
        List<List<CoderPassage>> stretches = new ArrayList<>();
        List<CoderPassage> current = new ArrayList<>();
        int currentEnd = -1;
        for (CoderPassage passage : byStart) {
            if (!current.isEmpty() && passage.start() >= currentEnd) {
                stretches.add(current);
                current = new ArrayList<>();
            }
            current.add(passage);
            currentEnd = Math.max(currentEnd, passage.end());
        }
        if (!current.isEmpty()) {
            stretches.add(current);
        }
        return stretches;
    }

    /** What differs between the coders' versions of one stretch; empty when they agree. */
    private static List<String> differences(Map<String, List<CoderPassage>> versions) {
        List<String> differences = new ArrayList<>();
        versions.forEach((coder, passages) -> {
            if (passages.isEmpty()) {
                differences.add("not coded by " + coder);
            }
        });
        List<List<CoderPassage>> coded =
                versions.values().stream().filter(p -> !p.isEmpty()).toList();
        if (coded.size() < 2) {
            return differences;
        }
        if (distinct(coded, p -> p.start() + ":" + p.end())) {
            differences.add("span");
        }
        if (distinct(coded, p -> String.valueOf(p.positionId()))) {
            differences.add("position");
        } else if (distinct(coded, p -> p.positionId() + ":" + p.qualifier())) {
            differences.add("qualifier");
        }
        return differences;
    }

    /** Whether the coders' versions differ in what {@code key} picks from each passage. */
    private static boolean distinct(List<List<CoderPassage>> versions, Function<CoderPassage, String> key) {
        Set<Set<String>> seen = new HashSet<>();
        for (List<CoderPassage> version : versions) {
            seen.add(version.stream().map(key).collect(Collectors.toSet()));
        }
        return seen.size() > 1;
    }
}
