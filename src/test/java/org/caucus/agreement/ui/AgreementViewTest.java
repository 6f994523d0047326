package org.caucus.agreement.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Set;
import org.caucus.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Agreement page over the Demo project, where a second coder codes the seven worked examples
 * of the "demo" coder again, agreeing on all but Jeremy's opposition, which they code as support.
 * The second coder's passages are rolled back after each test.
 */
@Transactional
class AgreementViewTest extends ViewTest {

    @Autowired
    SecondCoder secondCoder;

    @Test
    void a_second_coder_who_always_says_supports_agrees_on_six_of_seven_units_and_no_better_than_chance() {
        secondCoder.recodesTheDemo();
        AgreementView sut = open();

        sut.coders.setValue(Set.of("demo", "second"));

        assertThat(sut.summary.getText())
                .as("summary")
                .startsWith(
                        "1 message (every message of the project, coded by at least one of demo, second), 7 units.");
        assertThat(row(sut.overall, 0)).as("percent agreement").containsExactly("Percent agreement", "0.857");
        assertThat(row(sut.pairs, 0))
                .as("the pair: Cohen's kappa is zero, as 'supports' every time is what chance predicts")
                .containsExactly("demo – second", "0.857", "0.000");
        assertThat(row(sut.overall, 3))
                .as("every passage has the same boundaries")
                .containsExactly("Krippendorff's unitizing alpha (span boundaries)", "1.000");
        assertThat(_size(sut.positions))
                .as("one row per worked example's position")
                .isEqualTo(7);
    }

    @Test
    void one_coder_chosen_asks_for_a_second_and_hides_the_tables() {
        AgreementView sut = open();

        sut.coders.setValue(Set.of("demo"));

        assertThat(sut.summary.getText())
                .as("summary")
                .isEqualTo("Choose two or more coders to measure how far they agree.");
        assertThat(sut.overall.isVisible()
                        && sut.overall.getParent().orElseThrow().isVisible())
                .as("tables shown")
                .isFalse();
    }

    private AgreementView open() {
        UI.getCurrent().navigate("agreement");
        return _get(AgreementView.class);
    }

    private static List<String> row(Grid<?> grid, int index) {
        return List.copyOf(_getFormattedRow(grid, index));
    }
}
