package org.caucus.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Work on the pool for a page: shown when still wanted, given up when asked again or when the page is left. */
class PageWorkTest {

    private final List<Runnable> pool = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final Div page = new Div();
    private PageWork sut;

    @BeforeEach
    void openPage() {
        MockVaadin.setup();
        UI.getCurrent().add(page);
        sut = new PageWork(pool::add, page);
    }

    @AfterEach
    void closePage() {
        MockVaadin.tearDown();
    }

    @Test
    void work_still_wanted_is_shown_when_the_pool_is_done() {
        sut.answer(false, wanted -> "answer", shown::add, failure -> shown.add("failed"));

        runPool();

        assertThat(shown).as("shown").containsExactly("answer");
    }

    @Test
    void work_asked_again_gives_up_at_its_next_step_and_only_the_latest_answer_is_shown() {
        List<Boolean> carriedOn = new ArrayList<>();
        sut.answer(
                false,
                wanted -> {
                    wanted.giveUpUnlessWanted();
                    carriedOn.add(true);
                    return "first";
                },
                shown::add,
                failure -> shown.add("failed"));
        sut.answer(false, wanted -> "second", shown::add, failure -> shown.add("failed"));

        runPool();

        assertThat(carriedOn).as("the first work carried on past its step").isEmpty();
        assertThat(shown).as("shown, without the first work's giving up").containsExactly("second");
    }

    @Test
    void work_of_a_page_left_is_no_longer_wanted() {
        List<Boolean> wantedWhenRun = new ArrayList<>();
        sut.answer(
                false,
                wanted -> {
                    wantedWhenRun.add(wanted.stillWanted());
                    return "answer";
                },
                shown::add,
                failure -> shown.add("failed"));

        UI.getCurrent().remove(page);
        runPool();

        assertThat(wantedWhenRun).as("wanted when the pool ran it").containsExactly(false);
        assertThat(shown).as("shown").isEmpty();
    }

    private void runPool() {
        List.copyOf(pool).forEach(Runnable::run);
        MockVaadin.clientRoundtrip(false);
    }
}
