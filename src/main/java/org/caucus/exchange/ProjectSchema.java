package org.caucus.exchange;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables that hold a project's data, found from the database's own description of itself
 * rather than listed in code: every table with a chain of foreign keys to {@code project}. A table
 * or column that a later migration adds is therefore backed up and restored without a change here.
 *
 * <p>Tables come in foreign-key order, parents first. A foreign key to the table itself (a
 * message's parent and thread) is "deferred": restored as null and filled in once every row exists.
 * Names are lower case, as the migrations write them; both H2 and PostgreSQL accept them unquoted.
 */
final class ProjectSchema {

    static final String ROOT = "project";

    /** How a table's single-column primary key gets its values. */
    enum IdSource {
        /** {@code generated ... as identity}: the database assigns it on insert. */
        IDENTITY,
        /** A sequence named {@code <table>_seq}, from which Hibernate takes blocks. */
        SEQUENCE,
        /** Nothing generates it: the key is made of data or of other keys, and is copied. */
        NONE
    }

    record ForeignKey(String column, String table, String referencedColumn, boolean nullable) {}

    record Table(
            String name,
            Map<String, Integer> columnTypes,
            List<String> primaryKey,
            IdSource idSource,
            List<ForeignKey> foreignKeys,
            ForeignKey scopeKey) {

        /** The one id column whose values are renumbered on restore, if any. */
        Optional<String> generatedId() {
            return idSource == IdSource.NONE ? Optional.empty() : Optional.of(primaryKey.getFirst());
        }

        Optional<ForeignKey> foreignKey(String column) {
            return foreignKeys.stream()
                    .filter(key -> key.column().equals(column))
                    .findFirst();
        }

        boolean deferred(ForeignKey key) {
            return key.table().equals(name);
        }

        String sequence() {
            return name + "_seq";
        }
    }

    private final Map<String, Table> tables;

    private ProjectSchema(Map<String, Table> tablesInOrder) {
        this.tables = tablesInOrder;
    }

    /** The project's tables, parents first. */
    List<Table> tables() {
        return List.copyOf(tables.values());
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /**
     * A condition selecting the rows of {@code table} that belong to the project given as the one
     * parameter, following the table's chain of foreign keys up to {@code project}.
     */
    String belongsToProject(Table table) {
        if (table.scopeKey() == null) {
            return "id = ?";
        }
        Table parent = tables.get(table.scopeKey().table());
        return table.scopeKey().column() + " in (select " + table.scopeKey().referencedColumn() + " from "
                + parent.name() + " where " + belongsToProject(parent) + ")";
    }

    String selectRows(Table table, List<String> columns) {
        String order =
                table.primaryKey().isEmpty() ? String.join(", ", columns) : String.join(", ", table.primaryKey());
        return "select " + String.join(", ", columns) + " from " + table.name() + " where " + belongsToProject(table)
                + " order by " + order;
    }

    static ProjectSchema read(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> sequences = sequences(connection, schema);
        Map<String, Table> all = new HashMap<>();
        try (ResultSet found = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String name = lower(found.getString("TABLE_NAME"));
                all.put(name, describe(metadata, schema, name, found.getString("TABLE_NAME"), sequences));
            }
        }
        if (!all.containsKey(ROOT)) {
            throw new IllegalStateException("The database has no " + ROOT + " table");
        }
        return new ProjectSchema(inOrder(withScope(all)));
    }

    /**
     * The column's JDBC type. PostgreSQL's driver reports {@code timestamptz} as a plain timestamp, which
     * would read the instant as a local time; it is named for what it holds, as H2 names it, so that a
     * backup written on one database restores on the other.
     */
    private static int sqlType(ResultSet column) throws SQLException {
        return "timestamptz".equalsIgnoreCase(column.getString("TYPE_NAME"))
                ? Types.TIMESTAMP_WITH_TIMEZONE
                : column.getInt("DATA_TYPE");
    }

    private static Table describe(
            DatabaseMetaData metadata, String schema, String name, String storedName, Set<String> sequences)
            throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        Set<String> identity = new HashSet<>();
        Set<String> nullable = new HashSet<>();
        try (ResultSet columns = metadata.getColumns(null, schema, storedName, "%")) {
            while (columns.next()) {
                String column = lower(columns.getString("COLUMN_NAME"));
                types.put(column, sqlType(columns));
                if ("YES".equals(columns.getString("IS_AUTOINCREMENT"))) {
                    identity.add(column);
                }
                if (columns.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls) {
                    nullable.add(column);
                }
            }
        }
        Map<Short, String> keyColumns = new java.util.TreeMap<>();
        try (ResultSet keys = metadata.getPrimaryKeys(null, schema, storedName)) {
            while (keys.next()) {
                keyColumns.put(keys.getShort("KEY_SEQ"), lower(keys.getString("COLUMN_NAME")));
            }
        }
        List<String> primaryKey = List.copyOf(keyColumns.values());
        List<ForeignKey> foreignKeys = new ArrayList<>();
        try (ResultSet keys = metadata.getImportedKeys(null, schema, storedName)) {
            while (keys.next()) {
                String column = lower(keys.getString("FKCOLUMN_NAME"));
                foreignKeys.add(new ForeignKey(
                        column,
                        lower(keys.getString("PKTABLE_NAME")),
                        lower(keys.getString("PKCOLUMN_NAME")),
                        nullable.contains(column)));
            }
        }
        foreignKeys.sort(Comparator.comparing(ForeignKey::column));
        IdSource source = IdSource.NONE;
        if (primaryKey.size() == 1
                && foreignKeys.stream().noneMatch(key -> key.column().equals(primaryKey.getFirst()))) {
            if (identity.contains(primaryKey.getFirst())) {
                source = IdSource.IDENTITY;
            } else if (sequences.contains(name + "_seq")) {
                source = IdSource.SEQUENCE;
            }
        }
        return new Table(name, types, primaryKey, source, List.copyOf(foreignKeys), null);
    }

    private static Set<String> sequences(Connection connection, String schema) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select sequence_name from information_schema.sequences where sequence_schema = ?")) {
            select.setString(1, schema);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    names.add(lower(found.getString(1)));
                }
            }
        }
        return names;
    }

    /**
     * Keeps the tables reachable from {@code project} by foreign keys, each with the key that leads
     * there: a required key before an optional one (a row with an empty optional key belongs to no
     * project), then the shorter chain.
     */
    private static Map<String, Table> withScope(Map<String, Table> all) {
        Map<String, Table> scoped = new LinkedHashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        scoped.put(ROOT, all.get(ROOT));
        depth.put(ROOT, 0);
        boolean added = true;
        while (added) {
            added = false;
            List<String> candidates = all.keySet().stream()
                    .filter(name -> !scoped.containsKey(name))
                    .sorted()
                    .toList();
            for (String name : candidates) {
                Table table = all.get(name);
                Optional<ForeignKey> best = table.foreignKeys().stream()
                        .filter(key ->
                                scoped.containsKey(key.table()) && !key.table().equals(name))
                        .min(Comparator.comparing(ForeignKey::nullable)
                                .thenComparing(key -> depth.get(key.table()))
                                .thenComparing(ForeignKey::column));
                if (best.isPresent()) {
                    scoped.put(
                            name,
                            new Table(
                                    table.name(),
                                    table.columnTypes(),
                                    table.primaryKey(),
                                    table.idSource(),
                                    table.foreignKeys(),
                                    best.get()));
                    depth.put(name, depth.get(best.get().table()) + 1);
                    added = true;
                }
            }
        }
        return scoped;
    }

    /** Parents before children (Kahn's algorithm, ties by name so every run agrees). */
    private static Map<String, Table> inOrder(Map<String, Table> scoped) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        while (ordered.size() < scoped.size()) {
            Table next = scoped.values().stream()
                    .filter(table -> !ordered.containsKey(table.name()))
                    .filter(table -> table.foreignKeys().stream()
                            .filter(key -> scoped.containsKey(key.table()) && !table.deferred(key))
                            .allMatch(key -> ordered.containsKey(key.table())))
                    .min(Comparator.comparing(Table::name))
                    .orElseThrow(() -> new IllegalStateException(
                            "The project's tables refer to each other in a cycle; a backup cannot order them"));
            ordered.put(next.name(), next);
        }
        return ordered;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
