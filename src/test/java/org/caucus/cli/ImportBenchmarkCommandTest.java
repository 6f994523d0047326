package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportBenchmarkCommandTest {

    private static final Path MONTH = Path.of("src/test/resources/importing/2013-November.txt");

    @TempDir
    Path work;

    @Test
    void a_run_times_the_folder_and_then_a_few_messages_into_its_project_against_an_empty_one() throws IOException {
        Path archive = Files.createDirectories(work.resolve("bestbits"));
        Files.copy(MONTH, archive.resolve("2013-November.txt"));
        Path more = Files.writeString(work.resolve("more.mbox"), """
                From anja@example.org Wed Dec 04 09:00:00 2013
                From: Anja Kovacs <anja@example.org>
                Subject: Re: [bestbits] 1net
                Date: Wed, 04 Dec 2013 09:00:00 +0000
                Message-ID: <more-1@example.org>

                A new point on the coalition, made in December.

                """);

        CommandRun run = CommandRun.of(
                "benchmark-import",
                "--data-dir",
                work.resolve("data").toString(),
                "--runs",
                "1",
                "--then",
                more.toString(),
                archive.toString());

        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isZero();
        assertThat(run.out())
                .as("report")
                .containsPattern("Caucus import: 2 messages \\(2 imported, 0 duplicates, 0 failed\\)")
                .containsPattern("Then more.mbox, 1 message: into an empty project [0-9.]+ s; into the first run's"
                        + " project of 2 messages [0-9.]+ s, of which [0-9.]+ s reading its messages back: [0-9.]+x");
    }

    @Test
    void a_missing_file_to_import_then_is_a_usage_error() throws IOException {
        Path archive = Files.createDirectories(work.resolve("bestbits"));

        CommandRun run = CommandRun.of(
                "benchmark-import",
                "--data-dir",
                work.resolve("data").toString(),
                "--then",
                work.resolve("nowhere.mbox").toString(),
                archive.toString());

        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.err()).as("message").contains("nowhere.mbox: there is no such file");
    }
}
