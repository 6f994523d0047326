package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A body's lines as one of the segmenter's passes corrects them. Most bodies need no correction, so the lines are
 * copied only when the first one is corrected.
 */
final class CorrectedLines {

    private final List<BodyLine> lines;
    private List<BodyLine> corrected;

    CorrectedLines(List<BodyLine> lines) {
        this.lines = lines;
    }

    void set(int index, BodyLine line) {
        if (corrected == null) {
            corrected = new ArrayList<>(lines);
        }
        corrected.set(index, line);
    }

    /** @return the lines with the corrections; the same list when there were none */
    List<BodyLine> result() {
        return corrected == null ? lines : corrected;
    }
}
