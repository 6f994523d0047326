package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A list spelled three ways in its archive is one list in the project, in this import and the next. */
@IntegrationTest
class OneNamePerListTest {

    @Autowired
    ArchiveImportService importer;

    @Autowired
    CorpusService corpus;

    @Autowired
    ProjectService projects;

    @Test
    void every_spelling_of_a_list_is_stored_as_the_first_one_met(@TempDir Path folder) throws IOException {
        Project project = projects.create("one-name-" + UUID.randomUUID());
        Path list = Files.createDirectory(folder.resolve("twisted-python"));
        Files.writeString(
                list.resolve("2004-May.txt"),
                month("[Twisted-Python] Using telnet", "[Twisted-python] Writing servers", "No tag at all"));
        Path later = Files.createDirectory(folder.resolve("later"));
        Files.writeString(later.resolve("2004-June.txt"), month("[TWISTED-PYTHON] Shouting"));

        importer.importPaths(project, List.of(list), ImportProgress.NONE);
        importer.importPaths(project, List.of(later), ImportProgress.NONE);

        assertThat(corpus.countMessages(project)).as("messages").isEqualTo(4);
        assertThat(corpus.listNames(project)).as("the project's lists").containsExactly("Twisted-Python");
    }

    private static String month(String... subjects) {
        StringBuilder month = new StringBuilder();
        for (int i = 0; i < subjects.length; i++) {
            month.append("From a at b.org  Wed May 12 01:51:1")
                    .append(i)
                    .append(" 2004\n")
                    .append("From: a at b.org\nMessage-ID: <")
                    .append(UUID.randomUUID())
                    .append("@b.org>\n")
                    .append("Subject: ")
                    .append(subjects[i])
                    .append("\n\nHi\n\n");
        }
        return month.toString();
    }
}
