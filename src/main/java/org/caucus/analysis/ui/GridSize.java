package org.caucus.analysis.ui;

import com.vaadin.flow.component.grid.ColumnRendering;
import com.vaadin.flow.component.grid.Grid;

/**
 * How tall a comparison grid is. A whole project can have thousands of participants and hundreds of
 * positions: beyond a screenful the grid scrolls, fetching and drawing only the rows and columns in
 * view. Showing every row made the browser build all cells of a 2,000 × 200 matrix at once, and the
 * page never appeared.
 */
final class GridSize {

    private static final int ROWS_SHOWN_WHOLE = 60;
    private static final int COLUMNS_DRAWN_AT_ONCE = 40;

    private GridSize() {}

    static void fit(Grid<?> grid, int rows) {
        if (rows <= ROWS_SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("75vh");
        }
        if (grid.getColumns().size() > COLUMNS_DRAWN_AT_ONCE) {
            grid.setColumnRendering(ColumnRendering.LAZY);
        }
    }
}
