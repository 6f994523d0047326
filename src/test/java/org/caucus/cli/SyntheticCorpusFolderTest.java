package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticCorpusFolderTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"benchmark-comparison", "benchmark-messages"})
    void a_benchmark_refuses_a_database_that_already_holds_projects(String benchmark) {
        CommandRun.of(
                "import",
                "--data-dir",
                dataDir.toString(),
                "--project",
                "P",
                "src/test/resources/importing/2013-November.txt");

        CommandRun run = CommandRun.of(benchmark, "--data-dir", dataDir.toString(), "--reuse");

        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.err()).as("message").contains("needs a fresh database");
    }
}
