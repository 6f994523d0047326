package org.caucus.corpus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class TableHeightTest {

    @Test
    void a_few_rows_are_shown_whole_and_many_scroll_within_the_height_given() {
        Grid<String> table = new Grid<>();

        TableHeight.fit(table, 6, 6, "16rem");
        assertThat(table.isAllRowsVisible()).as("six rows of six shown whole").isTrue();

        TableHeight.fit(table, 7, 6, "16rem");
        assertThat(table.isAllRowsVisible()).as("seven rows of six shown whole").isFalse();
        assertThat(table.getHeight()).as("the height they scroll in").isEqualTo("16rem");
    }
}
