package org.caucus.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.caucus.SignIn;
import org.caucus.ViewTest;
import org.caucus.exchange.ProjectBackup;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.project.ui.OpenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class ExchangeViewTest extends ViewTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectBackup backup;

    @Autowired
    ApplicationContext application;

    @BeforeEach
    void openExchangePage() {
        UI.getCurrent().navigate("exchange");
    }

    @Test
    void the_page_offers_the_project_as_qdpx_as_qdc_and_as_a_backup() {
        assertThat(_find(Anchor.class))
                .as("download links")
                .extracting(Anchor::getId)
                .map(id -> id.orElse(""))
                .contains("download-qdpx", "download-qdc", "download-backup");
        assertThat(_find(Anchor.class, spec -> spec.withId("download-qdpx"))
                        .getFirst()
                        .getHref())
                .as("QDPX link")
                .isNotBlank();
    }

    @Test
    void somebody_in_no_project_is_told_so_and_may_restore_one_from_a_backup() {
        SignIn.as(application, "newcomer-" + UUID.randomUUID().toString().substring(0, 8));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("exchange");

        assertThat(_find(Anchor.class, spec -> spec.withId("download-qdpx")))
                .as("downloads")
                .isEmpty();
        assertThat(_find(Upload.class))
                .as("uploads")
                .extracting(Upload::getId)
                .containsExactly(Optional.of("backup-upload"));
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "There is no project yet: restore one from a backup, or create one on the Projects"
                                                + " page."))
                        .isVisible())
                .as("what the page says")
                .isTrue();
    }

    @Test
    void a_backup_uploaded_with_a_name_is_restored_as_a_new_project() {
        ByteArrayOutputStream demoBackup = new ByteArrayOutputStream();
        backup.write(projects.findDefault().orElseThrow(), demoBackup);
        String name = "Demo restored " + UUID.randomUUID();
        TextField restoredName = _get(TextField.class, spec -> spec.withLabel("Name of the restored project"));
        assertThat(restoredName.getValueChangeMode())
                .as("when the typed name reaches the server: a dropped file does not take the focus from the field")
                .isEqualTo(ValueChangeMode.EAGER);
        restoredName.setValue(name);

        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("backup-upload")), "demo-backup.zip", demoBackup.toByteArray());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("exchange-ok"))
                        .getText())
                .as("outcome")
                .startsWith("Restored project '" + name + "'");
        assertThat(projects.findByName(name)).as("restored project").isPresent();

        _click(_get(Button.class, spec -> spec.withId("open-restored")));

        assertThat(application.getBean(OpenProject.class).project().map(Project::getName))
                .as("the open project")
                .contains(name);
    }

    @Test
    void a_file_that_is_not_a_qdpx_project_is_refused_with_the_reason() {
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("qdpx-upload")),
                "minutes.qdpx",
                "Dear all, the minutes.".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("exchange-refused"))
                        .getText())
                .as("refusal")
                .isEqualTo("minutes.qdpx is not a QDPX file: it is not a zip archive. Nothing was stored.");
    }
}
