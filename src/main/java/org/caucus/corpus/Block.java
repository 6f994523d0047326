package org.caucus.corpus;

import java.util.List;

/** Consecutive body lines with one role at one quote depth, before a speaker is assigned. */
record Block(BlockRole role, int depth, List<BodyLine> lines) {

    int start() {
        return lines.getFirst().start();
    }

    int end() {
        return lines.getLast().end();
    }
}
