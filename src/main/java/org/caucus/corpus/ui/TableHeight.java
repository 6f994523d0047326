package org.caucus.corpus.ui;

import com.vaadin.flow.component.grid.Grid;

/** A table of a few rows is shown whole; a long one scrolls within a fixed height, keeping what follows in view. */
final class TableHeight {

    private TableHeight() {}

    static void fit(Grid<?> table, int rows, int shownWhole, String scrollingHeight) {
        if (rows <= shownWhole) {
            table.setAllRowsVisible(true);
        } else {
            table.setAllRowsVisible(false);
            table.setHeight(scrollingHeight);
        }
    }
}
