package org.caucus.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.caucus.account.CurrentAnalyst;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes everything of one project into one file and restores it as a new project: a zip of one
 * JSON Lines file per table and a {@link BackupManifest}. The tables are found from the database's
 * foreign keys ({@link ProjectSchema}), so settings, codebook, participants and their addresses,
 * messages with their raw bytes, blocks, coded passages, speaker corrections, memos, import runs,
 * and whatever later migrations add, are all carried.
 *
 * <p>Restoring gives every row a new id, in the order of the old ones, and rewrites every
 * reference to match, so a backup can be restored beside its original. The restored project is
 * then compared table by table with the manifest's fingerprints ({@link ProjectFingerprint}); a
 * difference undoes the whole restore.
 */
@Service
public class ProjectBackup {

    private static final String TABLES_FOLDER = "tables/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final ProjectService projects;
    private final CurrentAnalyst analyst;
    private final Flyway flyway;
    private final Clock clock;

    ProjectBackup(DataSource dataSource, ProjectService projects, Flyway flyway, Clock clock, CurrentAnalyst analyst) {
        this.analyst = analyst;
        this.dataSource = dataSource;
        this.projects = projects;
        this.flyway = flyway;
        this.clock = clock;
    }

    /** What a restore made. */
    public record Restored(long projectId, String projectName, Map<String, Long> rows) {

        public String summary() {
            return "Restored project '" + projectName + "': "
                    + rows.values().stream().mapToLong(Long::longValue).sum()
                    + " rows in " + rows.size() + " tables ("
                    + String.join(
                            ", ",
                            rows.entrySet().stream()
                                    .filter(entry -> entry.getValue() > 0)
                                    .map(entry -> entry.getKey() + " " + entry.getValue())
                                    .toList())
                    + ").";
        }
    }

    /** Writes the backup of a project to {@code out}, which is left open. */
    @Transactional(readOnly = true)
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public void write(Project project, OutputStream out) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            ProjectSchema schema = ProjectSchema.read(connection);
            ProjectFingerprint fingerprint = new ProjectFingerprint(connection, schema, project.getId());
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            List<BackupManifest.TableEntry> entries = new ArrayList<>();
            for (ProjectSchema.Table table : schema.tables()) {
                entries.add(writeTable(zip, connection, schema, table, project.getId(), fingerprint));
            }
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new BackupManifest(
                            BackupManifest.FORMAT,
                            BackupManifest.FORMAT_VERSION,
                            schemaVersion(),
                            project.getName(),
                            clock.instant().toString(),
                            entries)));
            zip.closeEntry();
            zip.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read project " + project.getName() + " for its backup", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup of project " + project.getName(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static BackupManifest.TableEntry writeTable(
            ZipOutputStream zip,
            Connection connection,
            ProjectSchema schema,
            ProjectSchema.Table table,
            long projectId,
            ProjectFingerprint fingerprint)
            throws SQLException, IOException {
        String file = TABLES_FOLDER + table.name() + ".jsonl";
        zip.putNextEntry(new ZipEntry(file));
        MessageDigest digest = sha256();
        OutputStream digested = new DigestOutputStream(zip, digest);
        List<String> columns = List.copyOf(table.columnTypes().keySet());
        long rows = 0;
        try (PreparedStatement select = connection.prepareStatement(schema.selectRows(table, columns))) {
            select.setLong(1, projectId);
            select.setFetchSize(200);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(
                                columns.get(i),
                                ColumnValues.read(
                                        found, i + 1, table.columnTypes().get(columns.get(i))));
                    }
                    digested.write(JSON.writeValueAsBytes(row));
                    digested.write('\n');
                    rows++;
                }
            }
        }
        digested.flush();
        zip.closeEntry();
        return new BackupManifest.TableEntry(
                table.name(),
                file,
                table.columnTypes(),
                rows,
                HexFormat.of().formatHex(digest.digest()),
                fingerprint.of(table, compared(table, columns)));
    }

    /**
     * Restores a backup as a new project.
     *
     * @param fileName the file's name as the analyst knows it, for messages
     * @param newName the restored project's name; {@code null} keeps the name in the backup
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Restored restore(String fileName, InputStream in, String newName) {
        return TemporaryFiles.readCopy(fileName, in, copy -> restore(fileName, copy, newName));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Restored restore(String fileName, Path file, String newName) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            BackupManifest manifest = manifest(fileName, zip);
            String name = newName == null || newName.isBlank() ? manifest.project() : newName.strip();
            Optional<String> inUse = projects.nameInUse(name);
            if (inUse.isPresent()) {
                throw new ExchangeException(
                        inUse.get() + " Choose another name for the project restored from " + fileName + ".");
            }
            for (BackupManifest.TableEntry entry : manifest.tables()) {
                checkIntact(fileName, zip, entry);
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                Restored restored = new BackupRestore(
                                fileName, zip, manifest, connection, ProjectSchema.read(connection))
                        .restore(name);
                ownedByRestorer(connection, restored.projectId());
                return restored;
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        } catch (ZipException e) {
            throw new ExchangeException(fileName + " is not a Caucus backup: it is not a zip archive.");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the backup " + fileName, e);
        } catch (SQLException e) {
            throw new ExchangeException(fileName + " could not be restored: " + e.getMessage(), e);
        }
    }

    /**
     * The members in a backup are another server's accounts, or this one's as they were: a name
     * may now be somebody else. So the restored project belongs to whoever restores it, alone;
     * they add its members. The command line's operator restores it for the administrator, who
     * is given it on the next start like every project nobody belongs to.
     */
    private void ownedByRestorer(Connection connection, long projectId) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("delete from project_member where project_id = ?")) {
            delete.setLong(1, projectId);
            delete.executeUpdate();
        }
        if (analyst.isLocalOperator()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into project_member (project_id, username, role) values (?, ?, 'OWNER')")) {
            insert.setLong(1, projectId);
            insert.setString(2, analyst.name());
            insert.executeUpdate();
        }
    }

    private BackupManifest manifest(String fileName, ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new ExchangeException(
                    fileName + " is not a Caucus backup: it holds no " + BackupManifest.ENTRY + ".");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, BackupManifest.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new ExchangeException(
                    fileName + ": " + BackupManifest.ENTRY + " cannot be read (" + e.getOriginalMessage() + ").");
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())) {
            throw new ExchangeException(
                    fileName + " is not a Caucus backup: its manifest says format '" + manifest.format() + "'.");
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new ExchangeException(fileName + " is a backup of format version " + manifest.formatVersion()
                    + "; this Caucus reads up to version " + BackupManifest.FORMAT_VERSION
                    + ". Update Caucus to restore it.");
        }
        String current = schemaVersion();
        if (MigrationVersion.fromVersion(manifest.schemaVersion()).isNewerThan(current)) {
            throw new ExchangeException(fileName + " was written by a newer Caucus (database schema version "
                    + manifest.schemaVersion() + "); this one is at version " + current
                    + ". Update Caucus to restore it.");
        }
        return manifest;
    }

    private static void checkIntact(String fileName, ZipFile zip, BackupManifest.TableEntry entry) throws IOException {
        ZipEntry data = zip.getEntry(entry.file());
        if (data == null) {
            throw new ExchangeException(fileName + ": " + entry.file() + ", named in the manifest, is missing.");
        }
        MessageDigest digest = sha256();
        try (InputStream in = zip.getInputStream(data)) {
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
            throw new ExchangeException(fileName + ": " + entry.file()
                    + " is damaged: its checksum does not match the manifest. Nothing was restored.");
        }
    }

    /** The columns compared between original and restored project: all but the project's name, which may change. */
    static List<String> compared(ProjectSchema.Table table, List<String> columns) {
        return table.name().equals(ProjectSchema.ROOT)
                ? columns.stream().filter(column -> !column.equals("name")).toList()
                : columns;
    }

    static BufferedReader lines(ZipFile zip, ZipEntry entry) throws IOException {
        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8));
    }

    static JsonNode parse(String line) {
        return JSON.readTree(line);
    }

    private String schemaVersion() {
        return flyway.info().current().getVersion().getVersion();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
