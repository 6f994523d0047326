package org.caucus.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caucus.SignIn;
import org.caucus.TestApplication;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.corpus.CorpusService;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

class DemoProjectLoaderTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void first_start_loads_the_demo_into_the_data_directory_and_a_second_start_finds_it_unchanged() {
        long firstMessages;
        try (ConfigurableApplicationContext first = start()) {
            Project demo =
                    first.getBean(ProjectService.class).findByName("Demo").orElseThrow();
            firstMessages = first.getBean(CorpusService.class).countMessages(demo);
            PositionMatrix matrix = first.getBean(PositionMatrixService.class).matrix(demo);

            assertThat(firstMessages).as("messages in the demo").isEqualTo(1);
            assertThat(matrix.positions()).as("starter codebook positions").hasSize(8);
            assertThat(matrix.rows())
                    .as("speakers of the worked examples")
                    .extracting(PositionMatrix.Row::label)
                    .containsExactly("Jeremy Malcolm", "Joana Varon", "Michael Gurstein", "parminder");
            assertThat(matrix.total()).as("worked examples").isEqualTo(WorkedExample.ALL.size());
        }
        assertThat(Files.exists(dataDir.resolve("caucus.mv.db")))
                .as("H2 file in the data directory")
                .isTrue();

        try (ConfigurableApplicationContext second = start()) {
            ProjectService projects = second.getBean(ProjectService.class);
            Project demo = projects.findByName("Demo").orElseThrow();

            assertThat(second.getBean(CorpusService.class).countMessages(demo))
                    .as("messages after a second start")
                    .isEqualTo(firstMessages);
            assertThat(second.getBean(PositionMatrixService.class).matrix(demo).total())
                    .as("coded passages after a second start")
                    .isEqualTo(WorkedExample.ALL.size());
        }
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext started = TestApplication.start(dataDir);
        // the first start's administrator owns the Demo: it is theirs to read
        SignIn.as(started, "admin");
        return started;
    }
}
