package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
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
                .containsPattern("POI floor, 300 rows of coded passages and their messages: [0-9.]+ s")
                .containsPattern("Caucus export, every sheet: [0-9.]+ s")
                .contains("Ratio to the POI floor:");
    }

    @Test
    void reuse_times_again_the_corpus_of_an_earlier_run_with_the_passages_it_wrote() throws Exception {
        CommandRun first = CommandRun.of("benchmark-export", "--data-dir", dataDir.toString(), "--annotations", "300");
        assertThat(first.exitCode())
                .as("first run's exit code; stderr: " + first.err())
                .isZero();

        CommandRun again = CommandRun.of("benchmark-export", "--data-dir", dataDir.toString(), "--reuse");

        assertThat(again.exitCode())
                .as("exit code with --reuse; stderr: " + again.err())
                .isZero();
        assertThat(again.out())
                .as("report with --reuse")
                .contains("Reusing the corpus an earlier run generated: replayed 300 coded passages by 500"
                        + " participants in 50 organisations on 20 positions in 30 messages")
                .contains("Ratio to the POI floor:");
        // The floor writes what the replay says was written: it must be what the database holds.
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + dataDir + "/caucus");
        database.setUser("sa");
        List<String> replayed = new ArrayList<>();
        new SyntheticCoding(database).replay("benchmark", SyntheticCoding.Shape.of(300, 500, 20), passage -> {
            int issue = passage.position() / 10;
            replayed.add(String.join(
                    " ",
                    "synthetic-" + passage.message(),
                    SyntheticCoding.participantName(passage.speaker()),
                    SyntheticCoding.positionName(issue, passage.position() % 10),
                    passage.qualifier(),
                    passage.coderName(),
                    "synthetic-" + passage.originMessage(),
                    String.valueOf(passage.firstAnnotation())));
        });
        List<String> stored = new ArrayList<>();
        try (Connection connection = database.getConnection();
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("select m.dedupe_key, s.display_name, p.name, a.qualifier, a.coder,"
                                + " o.dedupe_key, a.statement_key from annotation a"
                                + " join message m on m.id = a.message_id join participant s on s.id = a.speaker_id"
                                + " join codebook_position p on p.id = a.position_id"
                                + " join message o on o.id = coalesce(a.origin_message_id, a.message_id)"
                                + " order by a.id")) {
            while (rows.next()) {
                String key = rows.getString(7);
                stored.add(String.join(
                        " ",
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        key.substring(key.indexOf(':') + 1)));
            }
        }
        assertThat(replayed)
                .as("replayed passages, against the database")
                .hasSize(300)
                .isEqualTo(stored);
    }
}
