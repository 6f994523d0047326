package org.caucus.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.caucus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
        assertThat(projects.isNameTaken(name))
                .as("the name, now the new project's")
                .isTrue();
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
                .hasMessage("A project named '" + taken + "' exists already.");
        assertThatThrownBy(() -> projects.rename(draft.getId(), " " + taken))
                .as("a project renamed to a name in use")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A project named '" + taken + "' exists already.");

        projects.rename(draft.getId(), freed);

        assertThat(projects.findByName(freed))
                .as("the renamed project")
                .map(Project::getId)
                .contains(draft.getId());
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID();
    }
}
