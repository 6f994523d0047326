package org.caucus.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.caucus.HeldPool;
import org.caucus.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Over a scope larger than the Over time page follows while the analyst waits, the timeline shows at once and the
 * changes of stance come from the pool: here the seed's passages, with the page told to follow none at once.
 */
@Import(HeldPool.class)
@TestPropertySource(properties = "caucus.compare.passages-followed-at-once=0")
class StanceChangesOnThePoolTest extends ViewTest {

    private static final String NO_CHANGE = "Nobody took one side of a position and later the other in this scope.";

    @Autowired
    HeldPool.Tasks pool;

    @Test
    void the_timeline_shows_while_the_changes_of_stance_are_found_and_they_follow_when_found() {
        UI.getCurrent().navigate("compare/timeline");

        @SuppressWarnings("unchecked")
        Grid<LocalDate> timeline = _get(Grid.class, spec -> spec.withClasses("timeline"));
        assertThat(GridKt._size(timeline))
                .as("months shown while the pool works")
                .isEqualTo(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("stance-changes-waiting")))
                .as("the note that the changes are being found")
                .hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withText(NO_CHANGE)))
                .as("no answer yet")
                .isEmpty();

        pool.runAll();
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(Div.class, spec -> spec.withClasses("stance-changes-waiting")))
                .as("the note once they are found")
                .isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText(NO_CHANGE)))
                .as("the answer")
                .hasSize(1);
    }
}
