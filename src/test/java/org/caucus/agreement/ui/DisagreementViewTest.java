package org.caucus.agreement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.caucus.ViewTest;
import org.caucus.account.CoderNames;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageRecords;
import org.caucus.coding.StanceQualifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Disagreements page over the Demo project, where a second coder codes the seven worked examples
 * of the "demo" coder again, all as supporting: they differ only on Jeremy's opposition to 1net as
 * the interface. The second coder's and the consensus passages are rolled back after each test.
 */
@Transactional
class DisagreementViewTest extends ViewTest {

    @Autowired
    SecondCoder secondCoder;

    @Autowired
    PassageRecords passages;

    @Autowired
    CodingService coding;

    long seedMessage;

    @Test
    void the_one_difference_is_shown_side_by_side_with_the_text_around_it() {
        secondCoderRecodesTheDemo();
        DisagreementView sut = open();

        assertThat(sut.summary.getText()).as("summary").isEqualTo("1 disagreement in 1 message, 0 settled.");
        DisagreementCard card = _get(sut.list, DisagreementCard.class);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("disagreement-differences"))
                        .getText())
                .as("what differs")
                .isEqualTo("Differs in: qualifier");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("disagreement-stretch"))
                        .getText())
                .as("the passage in its context")
                .contains("I don't in any way support the 1net dialogue");
        assertThat(_find(card, Span.class, spec -> spec.withClasses("version-stance")))
                .as("the two versions")
                .extracting(Span::getText)
                .containsExactly(
                        "opposes “1net acts as the interface between civil society and the summit”",
                        "supports “1net acts as the interface between civil society and the summit”");
    }

    @Test
    void accepting_a_version_settles_it_and_the_reader_shows_the_consensus_passage() {
        secondCoderRecodesTheDemo();
        DisagreementView sut = open();

        _click(_get(sut.list, Button.class, spec -> spec.withText("Accept demo's version")));

        assertThat(sut.summary.getText()).as("summary").isEqualTo("1 disagreement in 1 message, 1 settled.");
        DisagreementCard card = _get(sut.list, DisagreementCard.class);
        assertThat(card.getClassNames()).as("the card's state").contains("settled");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("disagreement-status"))
                        .getText())
                .as("status")
                .isEqualTo("Settled");
        List<Highlight> consensus = coding.highlights(seedMessage).stream()
                .filter(h -> h.coder().equals(CoderNames.CONSENSUS))
                .toList();
        assertThat(consensus)
                .as("the consensus passages the reader paints")
                .singleElement()
                .satisfies(h -> assertThat(h.qualifier()).isEqualTo(StanceQualifier.OPPOSES));

        sut.openOnly.setValue(true);
        assertThat(_find(sut.list, DisagreementCard.class)).as("open ones only").isEmpty();
    }

    @Test
    void a_curated_version_is_saved_from_the_dialog() {
        secondCoderRecodesTheDemo();
        DisagreementView sut = open();

        _click(_get(sut.list, Button.class, spec -> spec.withText("Write a curated version…")));
        CuratedVersionDialog dialog = _get(CuratedVersionDialog.class);
        dialog.passage.setValue("the 1net dialogue appointing itself");
        dialog.qualifier.setValue(StanceQualifier.NEUTRAL);
        _click(dialog.save);

        assertThat(dialog.passage.getErrorMessage())
                .as("the dialog's complaint")
                .isNullOrEmpty();
        assertThat(coding.highlights(seedMessage).stream()
                        .filter(h -> h.coder().equals(CoderNames.CONSENSUS))
                        .toList())
                .as("the consensus passages")
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.qualifier()).as("qualifier").isEqualTo(StanceQualifier.NEUTRAL);
                    assertThat(h.memo()).as("memo").isEqualTo("Curated");
                });
        assertThat(sut.summary.getText()).as("summary").endsWith("1 settled.");
    }

    @Test
    void one_coder_chosen_asks_for_a_second() {
        DisagreementView sut = open();

        _get(sut, MessageSetPicker.class).coders.setValue(Set.of("demo"));

        assertThat(sut.summary.getText())
                .as("summary")
                .isEqualTo("Choose two or more coders to see where they differ.");
        assertThat(_find(sut.list, DisagreementCard.class)).as("cards").isEmpty();
    }

    private DisagreementView open() {
        UI.getCurrent().navigate("disagreements");
        return _get(DisagreementView.class);
    }

    private void secondCoderRecodesTheDemo() {
        seedMessage = secondCoder.recodesTheDemo();
    }
}
