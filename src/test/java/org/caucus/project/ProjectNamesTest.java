package org.caucus.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Project names are unique among the live projects: an analyst who deletes a botched project starts again under
 * the same name, while a name in use is refused.
 */
@IntegrationTest
class ProjectNamesTest {

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext application;

    @Test
    void a_deleted_project_gives_its_name_to_a_new_project_and_keeps_it_as_its_former_name() {
        String name = unique("Bestbits");
        Project deleted = projects.create(name);
        projects.delete(deleted.getId());

        Project again = projects.create(name);

        assertThat(again.getId()).as("a new project").isNotEqualTo(deleted.getId());
        assertThat(projects.findByName(name))
                .as("the project by its name")
                .map(Project::getId)
                .contains(again.getId());
        assertThat(projects.nameInUse(name))
                .as("the name, now the new project's")
                .contains("You have a project named '" + name + "' already.");
        assertThat(jdbc.queryForObject(
                        "select deleted_name from project where id = ? and name is null",
                        String.class,
                        deleted.getId()))
                .as("what the deleted project was called")
                .isEqualTo(name);
    }

    @Test
    void a_live_project_s_name_is_refused_and_a_deleted_one_s_may_be_taken_by_renaming() {
        String taken = unique("Taken");
        String freed = unique("Freed");
        projects.create(taken);
        projects.delete(projects.create(freed).getId());
        Project draft = projects.create(unique("Draft"));

        assertThatThrownBy(() -> projects.create(taken))
                .as("a new project under a name in use")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("You have a project named '" + taken + "' already.");
        assertThatThrownBy(() -> projects.rename(draft.getId(), " " + taken))
                .as("a project renamed to a name in use")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("You have a project named '" + taken + "' already.");

        projects.rename(draft.getId(), freed);

        assertThat(projects.findByName(freed))
                .as("the renamed project")
                .map(Project::getId)
                .contains(draft.getId());
    }

    @Test
    void a_name_another_person_s_project_has_is_refused_without_saying_the_project_is_theirs_to_see() {
        String taken = unique("Theirs");
        SignIn.running(application, "someone-else-" + UUID.randomUUID(), () -> projects.create(taken));

        assertThatThrownBy(() -> projects.create(taken))
                .as("a new project under the name of a project the tester does not belong to")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Another project on this server is named '" + taken
                        + "'; project names are shared by everyone on it.");
        assertThat(projects.findByName(taken))
                .as("the other project, for the tester")
                .isEmpty();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID();
    }
}
