package org.caucus.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.caucus.ViewTest;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The Demo project's coding settings; the change is rolled back after each test. */
@Transactional
class CodingSettingsViewTest extends ViewTest {

    @Autowired
    ProjectService projects;

    @Test
    void the_owner_turns_blind_coding_on_then_reveals_it_and_the_reveal_is_recorded_and_final() {
        CodingSettingsView sut = open();
        assertThat(sut.reveal.isEnabled()).as("reveal while open").isFalse();

        sut.blind.setValue(true);

        assertThat(projects.findDefault().map(Project::isBlindCoding))
                .as("stored")
                .contains(true);
        assertThat(sut.state.getText()).as("state").startsWith("Blind, not revealed");
        _click(sut.reveal);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Reveal")));

        assertThat(sut.state.getText()).as("state").startsWith("Revealed by tester on ");
        assertThat(projects.findDefault().map(Project::getCodingRevealedBy))
                .as("who revealed, stored")
                .contains("tester");
        assertThat(sut.blind.isEnabled())
                .as("blind coding can still be switched")
                .isFalse();
        assertThat(sut.reveal.isEnabled()).as("reveal again").isFalse();
    }

    private CodingSettingsView open() {
        UI.getCurrent().navigate("settings/coding");
        return _get(CodingSettingsView.class);
    }
}
