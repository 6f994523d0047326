package org.caucus.codebook.ui;

import java.util.List;

/** Colours for new positions: the ten of the common chart palette, distinct side by side. */
final class Palette {

    private static final List<String> COLOURS = List.of(
            "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
            "#17becf");

    private Palette() {}

    static String next(int positionsSoFar) {
        return COLOURS.get(positionsSoFar % COLOURS.size());
    }
}
