package org.caucus.coding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Keeps {@code stance_total} equal to a recount of {@code annotation} on H2: after a passage is
 * inserted, changed or deleted, by whatever code (coding, merges, restores, the benchmark's JDBC
 * generator), the cells it left and the cell it entered are counted again from the passages, in
 * the same transaction. Created by the migration {@code db/vendor/h2/V0008_1}; PostgreSQL runs the
 * same recount as a PL/pgSQL trigger.
 *
 * <p>A cell is recounted rather than incremented: a cell holds a handful of passages, which the
 * index {@code annotation_stance} finds at once, and a recount cannot drift.
 */
public final class StanceTotalsTrigger implements Trigger {

    /** One cell of the totals: a speaker's ({@code null}: unknown) passages with one qualifier on one position. */
    private record Cell(long positionId, Long speakerId, String qualifier) {}

    private int position;
    private int speaker;
    private int qualifier;
    private int statementKey;
    private int message;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        Map<String, Integer> columns = new HashMap<>();
        try (ResultSet found = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (found.next()) {
                columns.put(found.getString("COLUMN_NAME").toLowerCase(), found.getInt("ORDINAL_POSITION") - 1);
            }
        }
        position = column(columns, "position_id");
        speaker = column(columns, "speaker_id");
        qualifier = column(columns, "qualifier");
        statementKey = column(columns, "statement_key");
        message = column(columns, "message_id");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Cell left = oldRow == null ? null : cell(oldRow);
        Cell entered = newRow == null ? null : cell(newRow);
        if (left != null && left.equals(entered) && !countedValuesChanged(oldRow, newRow)) {
            return; // a memo, an offset or the passage text changed: no count moves
        }
        if (left != null) {
            recount(connection, left);
        }
        if (entered != null && !entered.equals(left)) {
            recount(connection, entered);
        }
    }

    private boolean countedValuesChanged(Object[] oldRow, Object[] newRow) {
        return !Objects.equals(oldRow[statementKey], newRow[statementKey])
                || !Objects.equals(oldRow[message], newRow[message]);
    }

    private Cell cell(Object[] row) {
        return new Cell(
                ((Number) row[position]).longValue(),
                row[speaker] == null ? null : ((Number) row[speaker]).longValue(),
                (String) row[qualifier]);
    }

    private static void recount(Connection connection, Cell cell) throws SQLException {
        // "is null" rather than "is not distinct from", so that H2 finds the cell in the index.
        String where = " where position_id = ? and qualifier = ? and speaker_id "
                + (cell.speakerId() == null ? "is null" : "= ?");
        long statements;
        long passages;
        long messages;
        try (PreparedStatement count = connection.prepareStatement(
                "select count(distinct statement_key), count(*), count(distinct message_id) from annotation" + where)) {
            bindCell(count, 1, cell);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                statements = result.getLong(1);
                passages = result.getLong(2);
                messages = result.getLong(3);
            }
        }
        if (passages == 0) {
            try (PreparedStatement delete = connection.prepareStatement("delete from stance_total" + where)) {
                bindCell(delete, 1, cell);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update stance_total set statements = ?, passages = ?, messages = ?" + where)) {
            update.setLong(1, statements);
            update.setLong(2, passages);
            update.setLong(3, messages);
            bindCell(update, 4, cell);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into stance_total (position_id, qualifier, speaker_id, statements, passages, messages)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, cell.positionId());
            insert.setString(2, cell.qualifier());
            insert.setObject(3, cell.speakerId());
            insert.setLong(4, statements);
            insert.setLong(5, passages);
            insert.setLong(6, messages);
            insert.executeUpdate();
        }
    }

    private static void bindCell(PreparedStatement statement, int first, Cell cell) throws SQLException {
        statement.setLong(first, cell.positionId());
        statement.setString(first + 1, cell.qualifier());
        if (cell.speakerId() != null) {
            statement.setLong(first + 2, cell.speakerId());
        }
    }

    private static int column(Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null) {
            throw new IllegalStateException("annotation has no column " + name + "; the stance totals cannot be kept");
        }
        return index;
    }
}
