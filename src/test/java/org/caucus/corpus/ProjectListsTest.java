package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A project's lists: one name for each however its archives spell it, and the name the analysts give it, in this
 * import and the next.
 */
@IntegrationTest
class ProjectListsTest {

    @Autowired
    ArchiveImportService importer;

    @Autowired
    CorpusService corpus;

    @Autowired
    ListNamesService sut;

    @Autowired
    SearchService search;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    Project project;

    @BeforeEach
    void freshProject() {
        project = projects.create("lists-" + UUID.randomUUID());
    }

    @Test
    void every_spelling_of_a_list_is_stored_as_the_first_one_met() throws IOException {
        importMonth("twisted-python", "[Twisted-Python] Using telnet", "[Twisted-python] Writing", "No tag at all");
        importMonth("later", "[TWISTED-PYTHON] Shouting");

        assertThat(corpus.countMessages(project)).as("messages").isEqualTo(4);
        assertThat(corpus.listNames(project)).as("the project's lists").containsExactly("Twisted-Python");
    }

    @Test
    void a_renamed_list_keeps_its_name_in_the_search_index_and_in_later_imports() throws IOException {
        importMonth("twisted-python", "[Twisted-Python] Using telnet", "[Twisted-Python] telnet again");

        int renamed = sut.rename(project, "Twisted-Python", "  Twisted ");
        importMonth("later", "[twisted-python] telnet once more");

        assertThat(renamed).as("messages of the list").isEqualTo(2);
        assertThat(corpus.listNames(project)).as("the project's lists").containsExactly("Twisted");
        assertThat(corpus.countMessages(project, MessageFilter.EVERYTHING.withListName("Twisted")))
                .as("messages of the list, the later import's too")
                .isEqualTo(3);
        assertThat(search.search(project, "telnet", MessageFilter.EVERYTHING.withListName("Twisted"), 0, 20)
                        .hits())
                .as("found by search in the renamed list")
                .hasSize(3);
    }

    @Test
    void a_list_renamed_as_another_is_merged_into_it() throws IOException {
        importMonth("twisted-python", "[Twisted-Python] Using telnet");
        importMonth("twisted-web", "[Twisted-web] Serving pages", "[Twisted-web] Templates");

        sut.rename(project, "Twisted-web", "Twisted-Python");

        assertThat(corpus.listNames(project)).as("the project's lists").containsExactly("Twisted-Python");
        assertThat(corpus.countMessages(project, MessageFilter.EVERYTHING.withListName("Twisted-Python")))
                .as("messages of the merged list")
                .isEqualTo(3);
    }

    @Test
    void a_name_given_again_to_another_list_is_that_lists_in_later_imports() throws IOException {
        importMonth("twisted-python", "[Twisted-Python] Using telnet");
        sut.rename(project, "Twisted-Python", "Twisted");
        importMonth("twisted-web", "[Twisted-web] Serving telnet");

        sut.rename(project, "Twisted-web", "twisted-python");
        importMonth("later", "[Twisted-Python] telnet once more");

        assertThat(corpus.countMessages(project, MessageFilter.EVERYTHING.withListName("twisted-python")))
                .as("messages of the list now named twisted-python, the later import's too")
                .isEqualTo(2);
    }

    @Test
    void lists_spelled_alike_by_earlier_imports_are_merged_into_the_first_spelling() throws IOException {
        importMonth("twisted-python", "[Twisted-Python] Using telnet", "[Twisted-Python] telnet", "[Twisted-Python] t");
        importMonth("twisted-web", "[Twisted-web] Serving telnet");
        // As imports stored them before each list took one spelling.
        jdbc.update(
                "update message set list_name = 'twisted-python' where id = (select min(id) from message where"
                        + " project_id = ? and list_name = 'Twisted-Python')",
                project.getId());
        jdbc.update(
                "update message set list_name = 'Twisted-python' where id = (select max(id) from message where"
                        + " project_id = ? and list_name = 'Twisted-Python')",
                project.getId());

        assertThat(sut.spelledAlike(project))
                .as("lists spelled alike")
                .containsExactly(List.of("Twisted-Python", "Twisted-python", "twisted-python"));

        assertThat(sut.mergeSpelledAlike(project)).as("lists merged").isEqualTo(2);
        assertThat(corpus.listNames(project))
                .as("the project's lists")
                .containsExactly("Twisted-Python", "Twisted-web");
        assertThat(sut.spelledAlike(project))
                .as("lists spelled alike after the merge")
                .isEmpty();
    }

    @Test
    void a_name_that_is_empty_or_too_long_or_a_list_the_project_lacks_is_refused_and_nothing_changes()
            throws IOException {
        importMonth("twisted-python", "[Twisted-Python] Using telnet");

        assertThatThrownBy(() -> sut.rename(project, "Twisted-Python", "  "))
                .hasMessage("Give the list \"Twisted-Python\" a name.");
        assertThatThrownBy(() -> sut.rename(project, "Twisted-Python", "x".repeat(201)))
                .hasMessage("A list's name holds at most 200 characters; the new name for \"Twisted-Python\" has 201.");
        assertThatThrownBy(() -> sut.rename(project, "Twisted-web", "Twisted"))
                .hasMessage("This project has no list named \"Twisted-web\".");
        assertThat(corpus.listNames(project)).as("the project's lists").containsExactly("Twisted-Python");
    }

    @Test
    void the_migration_takes_back_the_list_an_upload_s_folder_named() throws Exception {
        importMonth("twisted-python", "[Twisted-Python] Using telnet");
        // As an upload was read before: the server's folder for uploads taken for the list's archive.
        importMonth("caucus-upload8127345", "No tag at all", "[Twisted-Python] Tagged");

        jdbc.update(MigrationStatements.first("V0021__no_list_named_after_the_upload_folder.sql", "update message"));

        assertThat(corpus.listNames(project)).as("the project's lists").containsExactly("Twisted-Python");
        assertThat(jdbc.queryForList(
                        "select subject from message where project_id = ? and list_name is null",
                        String.class,
                        project.getId()))
                .as("messages of no list")
                .containsExactly("No tag at all");
    }

    private void importMonth(String listFolder, String... subjects) throws IOException {
        Path list = Files.createDirectories(folder.resolve(listFolder));
        StringBuilder month = new StringBuilder();
        for (int i = 0; i < subjects.length; i++) {
            month.append("From a at b.org  Wed May 12 01:51:1")
                    .append(i)
                    .append(" 2004\nFrom: a at b.org\nMessage-ID: <")
                    .append(UUID.randomUUID())
                    .append("@b.org>\nSubject: ")
                    .append(subjects[i])
                    .append("\n\nAbout telnet.\n\n");
        }
        Files.writeString(list.resolve("2004-May.txt"), month);
        importer.importPaths(project, List.of(list), ImportProgress.NONE);
    }
}
