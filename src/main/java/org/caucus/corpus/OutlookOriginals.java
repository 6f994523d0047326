package org.caucus.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Outlook and forwarding clients put the original message below a header block without quote markers. Its text is
 * quoted all the same, so its lines are counted one level deeper than the header, down to the list footer.
 */
final class OutlookOriginals {

    private OutlookOriginals() {}

    /**
     * @param headers the forwarded headers of the lines as given
     * @return the lines, with those of unmarked originals one level deeper per header above them
     */
    static List<BodyLine> deepened(List<BodyLine> lines, ForwardedHeaders headers) {
        List<BodyLine> deepened = new ArrayList<>(lines.size());
        // The depths of the headers whose unmarked original is still running, innermost first.
        Deque<Integer> openHeaders = new ArrayDeque<>();
        int i = 0;
        while (i < lines.size()) {
            BodyLine line = lines.get(i);
            if (line.depth() == 0 && LineRoles.isFooterStart(line)) {
                deepened.addAll(lines.subList(i, lines.size()));
                break;
            }
            // Blank lines carry no reliable depth: clients drop the markers of empty quoted lines.
            while (!line.isBlank() && !openHeaders.isEmpty() && openHeaders.peek() > line.depth()) {
                openHeaders.pop();
            }
            int header = headers.lengthAt(i);
            int next = i + Math.max(header, 1);
            for (BodyLine kept : lines.subList(i, next)) {
                deepened.add(kept.deeper(openHeaders.size()));
            }
            if (header > 0 && unmarkedTextFollows(lines, next, line.depth())) {
                openHeaders.push(line.depth());
            }
            i = next;
        }
        return deepened;
    }

    private static boolean unmarkedTextFollows(List<BodyLine> lines, int from, int headerDepth) {
        return lines.subList(from, lines.size()).stream()
                .filter(line -> !line.isBlank())
                .findFirst()
                .filter(line -> line.depth() == headerDepth)
                .filter(line -> !LineRoles.isFooterStart(line))
                .isPresent();
    }
}
