package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonBenchmarkCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void a_small_run_generates_the_corpus_and_prints_the_floor_the_matrix_and_their_ratio() {
        CommandRun run = CommandRun.of(
                "benchmark-comparison",
                "--data-dir",
                dataDir.toString(),
                "--annotations",
                "5000",
                "--participants",
                "40",
                "--positions",
                "20",
                "--runs",
                "1");

        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isZero();
        assertThat(run.out())
                .as("report")
                .contains("Generated 5,000 coded passages by 40 participants on 20 positions in 500 messages")
                .contains("Floor, select count(*) from annotation:")
                .contains("Scan, every annotation read once:")
                .containsPattern("Position matrix, .*: [0-9.]+ ms \\(40 rows, [0-9,]+ statements\\)")
                .contains("Ratio of the matrix to the floor:")
                .containsPattern("Congruence network of participants, .*: [0-9.]+ ms \\(40 nodes, [0-9,]+ ties\\)")
                .contains("Ratio of the congruence network to the floor:")
                .contains("Position matrix grouped from the passages")
                .containsPattern("Co-occurrence of every two positions, one run: [0-9.]+ ms \\(1[0-9]{2} pairs of"
                        + " positions\\); to the scan: [0-9.]+x")
                .containsPattern("Timeline of every position by month, one run: [0-9.]+ ms \\(12 months\\)")
                .containsPattern(
                        "Changes of stance, found and the first page read, one run: [0-9.]+ ms \\([0-9,]+ changes\\)")
                .containsPattern("Participants to choose from on the Over time page .*, one run: [0-9.]+ ms"
                        + " \\(40 participants\\)");
        assertThat(statements(run.out(), "Position matrix grouped from the passages"))
                .as("statements of the matrix grouped from the passages, as read from the stance totals")
                .isEqualTo(statements(run.out(), "Position matrix, every participant"));
    }

    private static String statements(String report, String line) {
        Matcher matcher = Pattern.compile(Pattern.quote(line) + ".*?([0-9][0-9,]*) statements\\)")
                .matcher(report);
        assertThat(matcher.find()).as("line '" + line + "' in " + report).isTrue();
        return matcher.group(1);
    }

    @Test
    void a_count_that_is_not_a_number_is_named() {
        CommandRun run =
                CommandRun.of("benchmark-comparison", "--data-dir", dataDir.toString(), "--annotations", "many");

        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.err()).as("message").contains("--annotations needs a positive whole number, not 'many'");
    }
}
