package org.caucus.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.UUID;
import org.caucus.ViewTest;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.project.ui.OpenProject;
import org.caucus.project.ui.ProjectsChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The frame's project name: the open project's, kept up as projects are opened, renamed and deleted. */
class MainLayoutTest extends ViewTest {

    @Autowired
    ApplicationContext application;

    @Autowired
    ProjectService projects;

    @Test
    void the_frame_names_the_open_project_after_each_navigation_and_each_change_on_the_projects_page() {
        OpenProject openProject = application.getBean(OpenProject.class);
        MainLayout sut = new MainLayout(openProject, application.getBean(AuthenticationContext.class));
        UI.getCurrent().add(sut);
        Project study = projects.create("Study " + UUID.randomUUID());

        openProject.open(study.getId());
        sut.afterNavigation(null);
        assertThat(projectName().getText())
                .as("after opening, at the next page")
                .isEqualTo(study.getName());

        projects.rename(study.getId(), study.getName() + " (2013)");
        ProjectsChanged.fire();
        assertThat(projectName().getText()).as("renamed").isEqualTo(study.getName() + " (2013)");

        projects.delete(study.getId());
        ProjectsChanged.fire();
        assertThat(projectName().getText())
                .as("deleted: the oldest project is open again")
                .isEqualTo(projects.findDefault().orElseThrow().getName());
        assertThat(projectName().getHref()).as("where the name leads").isEqualTo("projects");
    }

    private static Anchor projectName() {
        return _get(Anchor.class, spec -> spec.withClasses("project-name"));
    }
}
