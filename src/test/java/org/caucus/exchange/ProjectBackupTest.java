package org.caucus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.SignIn;
import org.caucus.TestApplication;
import org.caucus.WithTester;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportProgress;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

@IntegrationTest
class ProjectBackupTest {

    @Autowired
    ProjectBackup sut;

    @Autowired
    TwoCoderSeed codedSeed;

    @Autowired
    CorpusService corpus;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path otherDataDir;

    @Test
    void a_project_restored_beside_its_original_has_the_same_contents_in_every_table() throws SQLException {
        Project original = richProject();
        byte[] backup = backup(original);

        ProjectBackup.Restored restored =
                sut.restore("demo.caucus-backup", new ByteArrayInputStream(backup), "restored-" + UUID.randomUUID());

        assertThat(restored.rows())
                .as("rows restored per table")
                .containsKey("message_attachment")
                .hasEntrySatisfying(
                        "participant_address", rows -> assertThat(rows).isPositive())
                .hasEntrySatisfying("message_block", rows -> assertThat(rows).isPositive())
                .hasEntrySatisfying(
                        "codebook_position", rows -> assertThat(rows).isEqualTo(2))
                .hasEntrySatisfying("list_address", rows -> assertThat(rows).isEqualTo(1))
                // the seed's page, the month and the footed e-mail
                .hasEntrySatisfying("import_run", rows -> assertThat(rows).isEqualTo(3))
                .hasEntrySatisfying("import_problem", rows -> assertThat(rows).isPositive());
        assertThat(restored.rows().get("annotation"))
                .as("coded passages restored")
                .isEqualTo(4);
        assertThat(fingerprints(dataSource, restored.projectId()))
                .as("every table of the restored project, ids replaced by their rank")
                .isEqualTo(fingerprints(dataSource, original.getId()));
        assertThat(codedSeed.passages(
                        projects.findByName(restored.projectName()).orElseThrow()))
                .as("coded passages of the restored project")
                .isEqualTo(codedSeed.passages(original));
    }

    @Test
    void a_project_restored_into_another_database_has_the_same_contents_in_every_table() throws SQLException {
        Project original = richProject();
        byte[] backup = backup(original);

        try (ConfigurableApplicationContext other = TestApplication.start(otherDataDir)) {
            SignIn.as(other, WithTester.NAME);
            ProjectBackup.Restored restored = other.getBean(ProjectBackup.class)
                    .restore("demo.caucus-backup", new ByteArrayInputStream(backup), null);

            assertThat(restored.projectName()).as("restored project's name").isEqualTo(original.getName());
            assertThat(fingerprints(other.getBean(DataSource.class), restored.projectId()))
                    .as("every table in the other database")
                    .isEqualTo(fingerprints(dataSource, original.getId()));
        }
    }

    @Test
    void a_backup_from_a_newer_schema_is_refused_and_nothing_is_restored() throws IOException {
        byte[] newer = rewrite(
                backup(richProject()),
                (name, bytes) -> name.equals("manifest.json")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replaceFirst("\"schemaVersion\" : \"[^\"]+\"", "\"schemaVersion\" : \"9999\"")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
        String name = "refused-" + UUID.randomUUID();

        assertThatThrownBy(() -> sut.restore("newer.caucus-backup", new ByteArrayInputStream(newer), name))
                .as("refusal")
                .isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith(
                        "newer.caucus-backup was written by a newer Caucus (database schema version 9999)");
        assertThat(projects.findByName(name)).as("restored project").isEmpty();
    }

    @Test
    void a_backup_restored_under_a_name_in_use_is_refused_with_the_way_out() {
        Project original = richProject();
        byte[] backup = backup(original);

        assertThatThrownBy(() -> sut.restore("rich.caucus-backup", new ByteArrayInputStream(backup), null))
                .as("refusal of the backup's own name, which its original still has")
                .isInstanceOf(ExchangeException.class)
                .hasMessage("You have a project named '" + original.getName() + "' already. Choose another name for"
                        + " the project restored from rich.caucus-backup.");
    }

    @Test
    void a_damaged_table_file_is_found_before_anything_is_restored() throws IOException {
        byte[] damaged = rewrite(backup(richProject()), (name, bytes) -> {
            if (name.equals("tables/annotation.jsonl")) {
                return new String(bytes, StandardCharsets.UTF_8)
                        .replace("\"SUPPORTS\"", "\"OPPOSES\"")
                        .getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        });
        String name = "damaged-" + UUID.randomUUID();

        assertThatThrownBy(() -> sut.restore("damaged.caucus-backup", new ByteArrayInputStream(damaged), name))
                .as("refusal")
                .hasMessage("damaged.caucus-backup: tables/annotation.jsonl is damaged: its checksum does not match"
                        + " the manifest. Nothing was restored.");
        assertThat(projects.findByName(name)).as("restored project").isEmpty();
    }

    /**
     * The coded seed, with a speaker set by hand, an archive import that left a warning, and a message whose Mailman
     * footer gives the list's address.
     */
    private Project richProject() {
        SeedProject.Fixture seed = codedSeed.create();
        corpus.setBlockSpeaker(seed.messageId(), 0, null, "tester");
        importer.importPaths(
                seed.project(),
                List.of(Path.of("src/test/resources/importing/2013-November.txt")),
                ImportProgress.NONE);
        String footed = "From: Ann <ann@example.org>\nSubject: [bestbits] footed\nMessage-ID: <footed@example.org>\n"
                + "Date: Wed, 13 Nov 2013 09:00:00 +0000\n\nAgreed.\n\n"
                + "_______________________________________________\nbestbits mailing list\n"
                + "bestbits at lists.example.net\nhttp://lists.example.net/listinfo/bestbits\n";
        importer.importStream(
                seed.project(),
                "footed.eml",
                new ByteArrayInputStream(footed.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
        return seed.project();
    }

    private byte[] backup(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sut.write(project, out);
        return out.toByteArray();
    }

    static Map<String, String> fingerprints(DataSource dataSource, long projectId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ProjectSchema schema = ProjectSchema.read(connection);
            ProjectFingerprint fingerprint = new ProjectFingerprint(connection, schema, projectId);
            Map<String, String> tables = new LinkedHashMap<>();
            for (ProjectSchema.Table table : schema.tables()) {
                tables.put(
                        table.name(),
                        fingerprint.of(
                                table,
                                ProjectBackup.compared(
                                        table, List.copyOf(table.columnTypes().keySet()))));
            }
            return tables;
        }
    }

    private static byte[] rewrite(byte[] zip, BiFunction<String, byte[], byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(change.apply(entry.getName(), in.readAllBytes()));
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
