package org.caucus.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import tools.jackson.databind.JsonNode;

/**
 * One restore of a backup into the database, inside the caller's transaction: table by table in
 * foreign-key order, each row with a new id and its references rewritten, then the deferred
 * self-references, then the check against the manifest's fingerprints.
 */
final class BackupRestore {

    private static final int BATCH = 200;

    private final String fileName;
    private final ZipFile zip;
    private final BackupManifest manifest;
    private final Connection connection;
    private final ProjectSchema schema;
    private final Map<String, Map<Long, Long>> newIds = new HashMap<>();

    BackupRestore(String fileName, ZipFile zip, BackupManifest manifest, Connection connection, ProjectSchema schema)
            throws SQLException {
        this.fileName = fileName;
        this.zip = zip;
        this.manifest = manifest;
        this.connection = connection;
        this.schema = schema;
    }

    /** A self-reference to fill in once every row of the table has its new id. */
    private record Deferred(String column, long rowId, long oldReference) {}

    ProjectBackup.Restored restore(String projectName) throws SQLException, IOException {
        Map<String, BackupManifest.TableEntry> entries = new LinkedHashMap<>();
        for (BackupManifest.TableEntry entry : manifest.tables()) {
            if (schema.table(entry.name()).isEmpty()) {
                throw new ExchangeException(fileName + " holds table " + entry.name()
                        + ", which this Caucus does not have; it cannot be restored here.");
            }
            entries.put(entry.name(), entry);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProjectSchema.Table table : schema.tables()) {
            BackupManifest.TableEntry entry = entries.get(table.name());
            counts.put(table.name(), entry == null ? 0 : restoreTable(table, entry, projectName));
        }
        long projectId = newIds.get(ProjectSchema.ROOT).values().iterator().next();
        verify(projectId, entries);
        return new ProjectBackup.Restored(projectId, projectName, counts);
    }

    private long restoreTable(ProjectSchema.Table table, BackupManifest.TableEntry entry, String projectName)
            throws SQLException, IOException {
        List<String> columns = entry.columns().keySet().stream()
                .filter(table.columnTypes()::containsKey)
                .toList();
        Optional<String> id = table.generatedId();
        boolean identity = table.idSource() == ProjectSchema.IdSource.IDENTITY;
        List<String> inserted = columns.stream()
                .filter(column -> !(identity && id.get().equals(column)))
                .toList();
        String sql = "insert into " + table.name() + " (" + String.join(", ", inserted) + ") values ("
                + String.join(", ", inserted.stream().map(column -> "?").toList()) + ")";
        Map<Long, Long> ids = new HashMap<>();
        newIds.put(table.name(), ids);
        List<Deferred> deferred = new ArrayList<>();
        long rows = 0;
        try (PreparedStatement insert = identity
                        ? connection.prepareStatement(sql, new String[] {id.get()})
                        : connection.prepareStatement(sql);
                BufferedReader lines = ProjectBackup.lines(zip, zip.getEntry(entry.file()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                rows++;
                JsonNode row = ProjectBackup.parse(line);
                Long oldId = id.map(column -> row.get(column).asLong()).orElse(null);
                Long newId = table.idSource() == ProjectSchema.IdSource.SEQUENCE ? nextId(table) : null;
                List<Deferred> rowDeferred = new ArrayList<>();
                for (int i = 0; i < inserted.size(); i++) {
                    bind(insert, i + 1, table, inserted.get(i), row, newId, projectName, rowDeferred, rows);
                }
                if (identity) {
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        newId = keys.getLong(1);
                    }
                } else {
                    insert.addBatch();
                    if (rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (oldId != null) {
                    ids.put(oldId, newId);
                }
                for (Deferred reference : rowDeferred) {
                    deferred.add(new Deferred(reference.column(), newId, reference.oldReference()));
                }
            }
            if (!identity) {
                insert.executeBatch();
            }
        }
        fillIn(table, deferred);
        return rows;
    }

    private void bind(
            PreparedStatement insert,
            int index,
            ProjectSchema.Table table,
            String column,
            JsonNode row,
            Long newId,
            String projectName,
            List<Deferred> deferred,
            long rowNumber)
            throws SQLException {
        int type = table.columnTypes().get(column);
        JsonNode value = row.get(column);
        if (newId != null && table.generatedId().orElseThrow().equals(column)) {
            insert.setLong(index, newId);
            return;
        }
        if (table.name().equals(ProjectSchema.ROOT) && column.equals("name")) {
            insert.setString(index, projectName);
            return;
        }
        Optional<ProjectSchema.ForeignKey> key = table.foreignKey(column)
                .filter(k -> newIds.containsKey(k.table()) || k.table().equals(table.name()));
        if (key.isPresent()
                && value != null
                && !value.isNull()
                && renumbered(key.get().table())) {
            long old = value.asLong();
            if (table.deferred(key.get())) {
                deferred.add(new Deferred(column, -1, old));
                insert.setNull(index, type);
                return;
            }
            insert.setLong(index, mapped(table, column, rowNumber, key.get().table(), old));
            return;
        }
        Optional<IdBearingText> idText = IdBearingText.of(table.name(), column);
        if (idText.isPresent() && value != null && !value.isNull()) {
            Map<Long, Long> referenced = newIds.getOrDefault(idText.get().referencedTable(), Map.of());
            insert.setString(index, idText.get().replaceId(value.asString(), old -> referenced.getOrDefault(old, old)));
            return;
        }
        ColumnValues.bind(insert, index, type, value);
    }

    private boolean renumbered(String table) {
        return schema.table(table).flatMap(ProjectSchema.Table::generatedId).isPresent();
    }

    private long mapped(ProjectSchema.Table table, String column, long rowNumber, String referenced, long old) {
        Long mapped = newIds.getOrDefault(referenced, Map.of()).get(old);
        if (mapped == null) {
            throw new ExchangeException(fileName + ": row " + rowNumber + " of " + table.name() + " refers in " + column
                    + " to " + referenced + " " + old + ", which is not in the backup.");
        }
        return mapped;
    }

    private void fillIn(ProjectSchema.Table table, List<Deferred> deferred) throws SQLException {
        if (deferred.isEmpty()) {
            return;
        }
        Map<String, List<Deferred>> byColumn = new LinkedHashMap<>();
        deferred.forEach(reference -> byColumn.computeIfAbsent(reference.column(), c -> new ArrayList<>())
                .add(reference));
        String id = table.generatedId().orElseThrow();
        for (Map.Entry<String, List<Deferred>> column : byColumn.entrySet()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + table.name() + " set " + column.getKey() + " = ? where " + id + " = ?")) {
                for (Deferred reference : column.getValue()) {
                    update.setLong(1, mapped(table, column.getKey(), 0, table.name(), reference.oldReference()));
                    update.setLong(2, reference.rowId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }

    /**
     * One value of the table's sequence, used as the id itself. Hibernate takes blocks of
     * ids from the same sequence; a value fetched here is never inside a block Hibernate uses,
     * whether it treats fetched values as the start or the end of a block.
     */
    private long nextId(ProjectSchema.Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet next = statement.executeQuery(
                        // nextval() is understood by PostgreSQL and by H2 alike
                        "select nextval('%s')".formatted(table.sequence()))) {
            next.next();
            return next.getLong(1);
        }
    }

    private void verify(long projectId, Map<String, BackupManifest.TableEntry> entries) throws SQLException {
        ProjectFingerprint restored = new ProjectFingerprint(connection, schema, projectId);
        for (BackupManifest.TableEntry entry : entries.values()) {
            ProjectSchema.Table table = schema.table(entry.name()).orElseThrow();
            List<String> columns = List.copyOf(entry.columns().keySet());
            if (!table.columnTypes().keySet().containsAll(columns)) {
                continue;
            }
            String fingerprint = restored.of(table, ProjectBackup.compared(table, columns));
            if (!fingerprint.equals(entry.fingerprint())) {
                throw new ExchangeException(fileName + ": the restored " + entry.name()
                        + " does not match the backup (" + fingerprint + " against " + entry.fingerprint()
                        + "); nothing was restored.");
            }
        }
    }
}
