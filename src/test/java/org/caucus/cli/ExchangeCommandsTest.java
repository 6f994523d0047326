package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.caucus.exchange.QdpxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCommandsTest {

    @TempDir
    Path dir;

    @Test
    void a_project_goes_out_as_qdpx_and_as_a_backup_and_comes_back_from_both() throws IOException {
        String data = dir.resolve("data").toString();
        Path qdpx =
                Files.write(dir.resolve("interviews.qdpx"), QdpxFixture.zip(QdpxFixture.QUALCODER, project -> project));

        CommandRun imported =
                CommandRun.of("qdpx-import", "--data-dir", data, "--project", "Interviews", "--in", qdpx.toString());
        CommandRun exported = CommandRun.of(
                "qdpx-export",
                "--data-dir",
                data,
                "--project",
                "Interviews",
                "--out",
                dir.resolve("out.qdpx").toString());
        CommandRun backedUp = CommandRun.of(
                "backup",
                "--data-dir",
                data,
                "--project",
                "Interviews",
                "--out",
                dir.resolve("backup.zip").toString());
        CommandRun restored = CommandRun.of(
                "restore", "--data-dir", data, "--in", dir.resolve("backup.zip").toString(), "--project", "Copy");

        assertThat(imported.out()).as("qdpx-import report").contains("Interviews: 2 messages", "5 coded passages");
        assertThat(exported.exitCode()).as("qdpx-export exit code").isZero();
        try (ZipFile zip = new ZipFile(dir.resolve("out.qdpx").toFile())) {
            assertThat(zip.getEntry("project.qde"))
                    .as("project.qde in the written file")
                    .isNotNull();
        }
        assertThat(backedUp.out()).as("backup report").contains("Interviews: backed up to");
        assertThat(restored.exitCode()).as("restore exit code").isZero();
        assertThat(restored.out())
                .as("restore report")
                .startsWith("Restored project 'Copy'")
                .contains("annotation 5");
    }

    @Test
    void a_file_that_cannot_be_imported_exits_1_naming_it() throws IOException {
        Path notes = Files.write(dir.resolve("notes.qdpx"), "notes".getBytes(StandardCharsets.UTF_8));

        CommandRun run = CommandRun.of(
                "qdpx-import",
                "--data-dir",
                dir.resolve("data").toString(),
                "--project",
                "P",
                "--in",
                notes.toString());

        assertThat(run.exitCode()).as("exit code").isEqualTo(1);
        assertThat(run.out()).as("report").contains("failed   notes.qdpx is not a QDPX file: it is not a zip archive.");
    }
}
