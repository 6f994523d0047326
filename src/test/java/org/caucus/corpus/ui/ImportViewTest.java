package org.caucus.corpus.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import org.caucus.SeedProject;
import org.caucus.ViewTest;
import org.caucus.corpus.CorpusService;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewTest extends ViewTest {

    @Autowired
    CorpusService corpus;

    @Autowired
    ProjectService projects;

    Project demo;

    @BeforeEach
    void openImportPage() {
        demo = projects.findDefault().orElseThrow();
        UI.getCurrent().navigate("import");
    }

    @Test
    void pasted_text_that_is_not_a_message_page_is_refused_with_the_reason_and_nothing_is_stored() {
        long before = corpus.countMessages(demo);

        paste("Dear all,\nplease find the minutes attached.\n");

        Paragraph refusal = _get(Paragraph.class, spec -> spec.withClasses("import-refused"));
        assertThat(refusal.getText())
                .as("refusal message")
                .contains("pasted text, line 1")
                .contains("expected")
                .contains("Dear all")
                .endsWith("Nothing was stored.");
        assertThat(corpus.countMessages(demo)).as("messages after the refusal").isEqualTo(before);
    }

    @Test
    void pasting_a_message_page_imports_it_once() {
        String page = new String(SeedProject.seedBytes(), StandardCharsets.UTF_8)
                .replace("[very quick follow up]", "[pasted copy]");
        long before = corpus.countMessages(demo);

        paste(page);
        paste(page);

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("import-ok")))
                .as("outcome lines, newest first")
                .extracting(Paragraph::getText)
                .satisfiesExactly(
                        second -> assertThat(second).contains("already in the project"),
                        first -> assertThat(first).contains("imported as message"));
        assertThat(corpus.countMessages(demo)).as("messages after two pastes").isEqualTo(before + 1);
    }

    private static void paste(String text) {
        _get(TextArea.class).setValue(text);
        _click(_get(Button.class, spec -> spec.withText("Import pasted text")));
    }
}
