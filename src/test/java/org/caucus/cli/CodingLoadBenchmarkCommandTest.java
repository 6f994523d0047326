package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodingLoadBenchmarkCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void a_short_run_on_a_file_database_reports_both_phases_their_ratio_and_an_equal_replay() {
        CommandRun run = CommandRun.of(
                "benchmark-coders",
                "--data-dir",
                dataDir.toString(),
                "--coders",
                "3",
                "--seconds",
                "2",
                "--reference-seconds",
                "1",
                "--messages",
                "10",
                "--pool",
                "2");

        assertThat(run.exitCode())
                .as("exit code; stdout: " + run.out() + "; stderr: " + run.err())
                .isZero();
        assertThat(run.out())
                .as("report")
                .contains("Database: H2 ")
                .contains("jdbc:h2:file:")
                .containsPattern("Reference, 1 coder alone for [0-9.]+ s: [0-9.]+ acknowledged saves/s")
                .containsPattern("3 coders at once for [0-9.]+ s: [0-9.]+ acknowledged saves/s")
                .containsPattern("change a passage +[0-9]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+")
                .contains("refused as stale (changed by someone since read): ")
                .contains("Ratio of the team's acknowledged saves per second to one coder's: ")
                .containsPattern("stance-total cells recounted: all equal");
    }

    @Test
    void a_pool_larger_than_the_debate_is_refused() {
        CommandRun run =
                CommandRun.of("benchmark-coders", "--data-dir", dataDir.toString(), "--messages", "5", "--pool", "8");

        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.err()).as("message").contains("--pool (8) cannot exceed --messages (5)");
    }
}
