package org.caucus.exchange;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checksum of each of a project's tables that two databases agree on when they hold the same
 * project, whatever ids each gave its rows. Every id, and every reference to one, is replaced by
 * the row's rank among the project's rows of its table: restore gives new ids in the old order, so
 * ranks survive renumbering while any changed value, lost row or reference to the wrong row shows.
 *
 * <p>Rows are hashed one by one and the hashes added up, so the checksum does not depend on the
 * order rows are read in and needs no memory beyond the id lists of referenced tables.
 */
final class ProjectFingerprint {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final Connection connection;
    private final ProjectSchema schema;
    private final long projectId;
    private final Map<String, long[]> sortedIds = new HashMap<>();

    ProjectFingerprint(Connection connection, ProjectSchema schema, long projectId) {
        this.connection = connection;
        this.schema = schema;
        this.projectId = projectId;
    }

    /** "rows:sum" over the given columns of the table's rows in the project. */
    String of(ProjectSchema.Table table, List<String> columns) throws SQLException {
        BigInteger sum = BigInteger.ZERO;
        long rows = 0;
        try (PreparedStatement select = connection.prepareStatement(schema.selectRows(table, columns))) {
            select.setLong(1, projectId);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 0; i < columns.size(); i++) {
                        String column = columns.get(i);
                        int type = table.columnTypes().get(column);
                        Object value = ColumnValues.read(found, i + 1, type);
                        row.append(column)
                                .append('=')
                                .append(canonical(table, column, type, value))
                                .append('\u0001');
                    }
                    sum = sum.add(new BigInteger(1, sha256(row.toString()))).mod(MODULUS);
                    rows++;
                }
            }
        }
        return rows + ":" + sum.toString(16);
    }

    private String canonical(ProjectSchema.Table table, String column, int type, Object value) throws SQLException {
        if (value == null) {
            return ColumnValues.canonical(null, type);
        }
        Optional<String> referenced = table.generatedId().filter(column::equals).map(id -> table.name());
        if (referenced.isEmpty()) {
            referenced = table.foreignKey(column)
                    .map(ProjectSchema.ForeignKey::table)
                    .filter(name -> schema.table(name)
                            .flatMap(ProjectSchema.Table::generatedId)
                            .isPresent());
        }
        if (referenced.isPresent()) {
            return "#" + rank(referenced.get(), ((Number) value).longValue());
        }
        Optional<IdBearingText> idText = IdBearingText.of(table.name(), column);
        if (idText.isPresent()) {
            String referencedTable = idText.get().referencedTable();
            return idText.get().replaceId(value.toString(), id -> rankOrMissing(referencedTable, id));
        }
        return ColumnValues.canonical(value, type);
    }

    private long rankOrMissing(String table, long id) {
        try {
            return rank(table, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id's place among the project's ids of that table, or -1 when it is not one of them. */
    private long rank(String tableName, long id) throws SQLException {
        long[] ids = sortedIds.get(tableName);
        if (ids == null) {
            ids = ids(schema.table(tableName).orElseThrow());
            sortedIds.put(tableName, ids);
        }
        int found = Arrays.binarySearch(ids, id);
        return found < 0 ? -1 : found;
    }

    private long[] ids(ProjectSchema.Table table) throws SQLException {
        String id = table.generatedId().orElseThrow();
        try (PreparedStatement select = connection.prepareStatement("select " + id + " from " + table.name() + " where "
                + schema.belongsToProject(table) + " order by " + id)) {
            select.setLong(1, projectId);
            try (ResultSet found = select.executeQuery()) {
                long[] ids = new long[16];
                int count = 0;
                while (found.next()) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count * 2);
                    }
                    ids[count++] = found.getLong(1);
                }
                return Arrays.copyOf(ids, count);
            }
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
