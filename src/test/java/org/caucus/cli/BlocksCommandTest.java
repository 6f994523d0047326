package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.caucus.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlocksCommandTest {

    private static final String SPRING_DATA_LOG_LEVEL = "logging.level.org.springframework.data";

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void demoDataDirectory() {
        TestApplication.start(dataDir).close();
    }

    @Test
    void tsv_lists_every_block_of_the_seed_with_its_speaker_and_evidence() {
        CommandRun run = CommandRun.of("blocks", "--data-dir", dataDir.toString(), "--project", "Demo", "--text");

        assertThat(run.exitCode()).as("exit code").isZero();
        List<String[]> rows =
                run.out().lines().map(line -> line.split("\t", -1)).toList();
        assertThat(rows.getFirst()).as("header").startsWith("message_id", "block", "role", "depth", "start", "end");
        assertThat(rows.subList(1, rows.size()))
                .as("the block quoting Michael Gurstein")
                .anySatisfy(row -> assertThat(Arrays.asList(row))
                        .contains("quote", "2", "Michael Gurstein")
                        .anySatisfy(text -> assertThat(text).contains("incapable of being an effective")));
        assertThat(rows.subList(1, rows.size()))
                .as("blocks are numbered from 1 top to bottom")
                .extracting(row -> row[1])
                .startsWith("1", "2", "3");
    }

    @Test
    void standard_output_holds_the_blocks_alone_and_the_log_goes_to_standard_error() {
        // A command logs warnings only, and there may be none: Spring Data's start-up line is logged for sure.
        System.setProperty(SPRING_DATA_LOG_LEVEL, "INFO");
        CommandRun run;
        try {
            run = CommandRun.onStandardStreams(
                    "blocks", "--data-dir", dataDir.toString(), "--project", "Demo", "--format", "tsv");
        } finally {
            System.clearProperty(SPRING_DATA_LOG_LEVEL);
        }

        assertThat(run.exitCode()).as("exit code").isZero();
        assertThat(run.out()).as("standard output").startsWith("message_id\tblock\t");
        assertThat(run.out().lines().skip(1))
                .as("rows after the header")
                .isNotEmpty()
                .allSatisfy(row ->
                        assertThat(row.split("\t", -1)).as("fields of " + row).hasSize(11));
        assertThat(run.err()).as("standard error").contains("Bootstrapping Spring Data JPA repositories");
    }

    @Test
    void json_lists_the_same_blocks() {
        CommandRun tsv = CommandRun.of("blocks", "--data-dir", dataDir.toString(), "--project", "Demo");
        CommandRun json =
                CommandRun.of("blocks", "--data-dir", dataDir.toString(), "--project", "Demo", "--format", "json");

        assertThat(json.exitCode()).as("exit code").isZero();
        assertThat(json.out().strip()).as("a JSON array").startsWith("[").endsWith("]");
        assertThat(json.out()
                        .lines()
                        .filter(line -> line.contains("\"message_id\""))
                        .count())
                .as("objects in the JSON")
                .isEqualTo(tsv.out().lines().count() - 1);
    }

    @Test
    void unknown_project_is_a_usage_error_naming_the_project() {
        CommandRun run = CommandRun.of("blocks", "--data-dir", dataDir.toString(), "--project", "Nope");

        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.err()).as("message").contains("no project named 'Nope'").contains("usage:");
    }

    @Test
    void unknown_option_and_bad_format_are_usage_errors() {
        assertThat(CommandRun.of("blocks", "--data-dir", dataDir.toString(), "--project", "Demo", "--colour", "red")
                        .err())
                .as("unknown option")
                .contains("Unknown option --colour");
        assertThat(CommandRun.of("blocks", "--data-dir", dataDir.toString(), "--project", "Demo", "--format", "xml")
                        .exitCode())
                .as("bad format")
                .isEqualTo(2);
    }
}
