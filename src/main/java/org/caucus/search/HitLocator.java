package org.caucus.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the search engine's hits lie in a message's text. The engine's highlighter marks
 * the hits in fragments of the text; each fragment is found in the text, and each marked run
 * becomes a hit at its exact offsets. Using the engine's own highlighter keeps the hits the same
 * as the engine's idea of a match (phrases, word forms) on every backend.
 */
final class HitLocator {

    /** Private-use characters, which no archived message holds, mark the hits. */
    static final String OPEN = "\uE000";

    static final String CLOSE = "\uE001";

    /** A hit: where it starts and ends in the text. */
    record Span(int start, int end) {}

    private HitLocator() {}

    static List<Span> locate(String body, List<String> fragments) {
        List<Span> hits = new ArrayList<>();
        int from = 0;
        for (String fragment : fragments) {
            String plain = fragment.replace(OPEN, "").replace(CLOSE, "");
            int at = body.indexOf(plain, from);
            if (at < 0) {
                at = body.indexOf(plain);
            }
            if (at < 0) {
                continue;
            }
            from = at + plain.length();
            addMarked(body, fragment, at, hits);
        }
        return hits;
    }

    /** The marked runs of one fragment found at {@code at}; words of one phrase become one hit. */
    private static void addMarked(String body, String fragment, int at, List<Span> hits) {
        int plainOffset = 0;
        int openedAt = -1;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == OPEN.charAt(0)) {
                openedAt = at + plainOffset;
            } else if (c == CLOSE.charAt(0)) {
                if (openedAt >= 0) {
                    add(body, new Span(openedAt, at + plainOffset), hits);
                }
                openedAt = -1;
            } else {
                plainOffset++;
            }
        }
    }

    private static void add(String body, Span hit, List<Span> hits) {
        if (!hits.isEmpty()) {
            Span last = hits.getLast();
            if (last.end() <= hit.start()
                    && body.substring(last.end(), hit.start()).isBlank()) {
                hits.set(hits.size() - 1, new Span(last.start(), hit.end()));
                return;
            }
            if (last.equals(hit)) {
                return;
            }
        }
        hits.add(hit);
    }
}
