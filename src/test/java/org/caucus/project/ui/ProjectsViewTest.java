package org.caucus.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.caucus.Memberships;
import org.caucus.SignIn;
import org.caucus.ViewTest;
import org.caucus.WithTester;
import org.caucus.project.Project;
import org.caucus.project.ProjectRow;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Projects page: opening a project to work in, and its owners' renaming and deleting. */
class ProjectsViewTest extends ViewTest {

    @Autowired
    ApplicationContext application;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    String name;

    /** How often the page told the frame (which Karibu leaves out) that a project changed. */
    final AtomicInteger changesTold = new AtomicInteger();

    @BeforeEach
    void createProjectOnThePage() {
        ComponentUtil.addListener(UI.getCurrent(), ProjectsChanged.class, changed -> changesTold.incrementAndGet());
        name = unique("Study");
        UI.getCurrent().navigate(ProjectsView.class);
        _get(TextField.class, spec -> spec.withId("new-project-name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withId("create-project")));
    }

    @Test
    void an_opened_project_is_the_one_every_page_works_in() {
        Project before = openProject().project().orElseThrow();

        _click((Button) cell(name, ProjectsView.OPEN));

        Project opened = openProject().project().orElseThrow();
        assertThat(opened.getName()).as("the open project").isEqualTo(name);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("the page shown next")
                .isEmpty();
        UI.getCurrent().navigate(ProjectsView.class);
        assertThat(cell(name, ProjectsView.OPEN))
                .as("the opened project's row")
                .isInstanceOfSatisfying(
                        Span.class, badge -> assertThat(badge.getText()).isEqualTo("Open now"));
        assertThat(cell(before.getName(), ProjectsView.OPEN))
                .as("the project open before")
                .isInstanceOf(Button.class);
    }

    @Test
    void a_project_is_deleted_only_once_its_name_is_typed_and_then_no_longer_open() {
        _click((Button) cell(name, ProjectsView.OPEN));
        reopenProjectsPage();

        _click(ownerButton(name, "Delete"));
        TextField typed = _get(TextField.class, spec -> spec.withId("delete-project-name"));
        Button delete = _get(Button.class, spec -> spec.withId("delete-project"));
        typed.setValue(name.toUpperCase());
        assertThat(delete.isEnabled()).as("delete, a wrong name typed").isFalse();
        typed.setValue(name);
        assertThat(delete.isEnabled()).as("delete, the name typed").isTrue();
        _click(delete);

        assertThat(rowNames()).as("the projects listed").doesNotContain(name);
        assertThat(projects.findByName(name)).as("the project by name").isEmpty();
        assertThat(openProject().project().map(Project::getName))
                .as("the open project")
                .isPresent()
                .get()
                .isNotEqualTo(name);
        assertThat(changesTold).as("changes told to the frame").hasValue(1);
    }

    @Test
    void a_project_is_renamed_and_a_name_in_use_is_refused_at_the_field() {
        String taken = projects.create(unique("Taken")).getName();
        String renamed = unique("Renamed");

        _click(ownerButton(name, "Rename"));
        TextField newName = _get(TextField.class, spec -> spec.withId("rename-project-name"));
        newName.setValue(taken);
        _click(_get(Button.class, spec -> spec.withId("rename-project")));
        assertThat(newName.isInvalid()).as("a name in use").isTrue();
        assertThat(newName.getErrorMessage()).isEqualTo("You have a project named '" + taken + "' already.");

        newName.setValue(renamed);
        _click(_get(Button.class, spec -> spec.withId("rename-project")));

        assertThat(rowNames()).as("the projects listed").contains(renamed).doesNotContain(name);
        assertThat(changesTold).as("changes told to the frame").hasValue(1);
    }

    @Test
    void a_coder_may_open_a_project_but_not_rename_or_delete_it() {
        String theirs = unique("Theirs");
        long id = SignIn.running(application, "olivia", () -> projects.create(theirs))
                .getId();
        Memberships.grant(jdbc, id, WithTester.NAME, "CODER");
        reopenProjectsPage();

        assertThat(cell(theirs, ProjectsView.OPEN)).as("open").isInstanceOf(Button.class);
        assertThat(_find(cell(theirs, ProjectsView.OWNER_ACTIONS), Button.class))
                .as("owners' actions")
                .isEmpty();
    }

    /** Navigating to the page already shown keeps its view, as a browser does: so go elsewhere first. */
    private static void reopenProjectsPage() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(ProjectsView.class);
    }

    private OpenProject openProject() {
        return application.getBean(OpenProject.class);
    }

    private Component cell(String projectName, String column) {
        Grid<ProjectRow> grid = grid();
        int row = rowNames().indexOf(projectName);
        assertThat(row).as("row of " + projectName).isNotNegative();
        return _getCellComponent(grid, row, column);
    }

    private Button ownerButton(String projectName, String text) {
        return _get(cell(projectName, ProjectsView.OWNER_ACTIONS), Button.class, spec -> spec.withText(text));
    }

    private List<String> rowNames() {
        return _findAll(grid()).stream().map(ProjectRow::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProjectRow> grid() {
        return _get(Grid.class, spec -> spec.withClasses("projects"));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
