package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportBenchmarkCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void a_small_run_generates_the_corpus_times_the_floor_and_the_export_and_prints_their_ratio() {
        CommandRun run = CommandRun.of("benchmark-export", "--data-dir", dataDir.toString(), "--annotations", "300");

        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isZero();
        assertThat(run.out())
                .as("report")
                .contains("Generated 300 coded passages by 500 participants in 50 organisations on 20 positions"
                        + " in 30 messages")
                .containsPattern("POI floor, 300 rows of coded passages only: [0-9.]+ s")
                .containsPattern("Caucus export, every sheet: [0-9.]+ s")
                .contains("Ratio to the POI floor:");
    }
}
