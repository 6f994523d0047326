package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageListBenchmarkCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void a_small_run_generates_the_messages_and_times_each_filter_beside_the_floor_and_the_scan() {
        CommandRun run = CommandRun.of(
                "benchmark-messages",
                "--data-dir",
                dataDir.toString(),
                "--messages",
                "3000",
                "--annotations",
                "900",
                "--warm-ups",
                "1",
                "--runs",
                "1");

        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isZero();
        assertThat(run.out())
                .as("report")
                .contains("Generated 3,000 messages by 2,000 participants, 900 coded passages in them")
                .containsPattern("Floor, 50 messages read by their ids: [0-9.]+ ms")
                .containsPattern("Scan, every message of the project passed once in an index: [0-9.]+ ms")
                .containsPattern("every message +3,000( +[0-9.]+){4} +[0-9.]+x +[0-9.]+x")
                .containsPattern("one thread +10 ")
                .containsPattern("coded +900 ")
                .containsPattern("uncoded +2,100 ")
                .containsPattern("Slowest count: [0-9.]+ ms, .*; slowest page: [0-9.]+ ms");
    }
}
