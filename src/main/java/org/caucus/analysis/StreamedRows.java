package org.caucus.analysis;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads a large result row by row as the database produces it. H2 otherwise copies any result of
 * more than a few thousand rows into a temporary file before handing over the first row: for the
 * 370,000 stance totals of a million passages that copy, and reading it back, was over half of the
 * matrix's time. Lazy execution is an H2 session setting, switched on for this one query only,
 * because a lazy result left open while the same session runs other statements is not safe there.
 */
final class StreamedRows {

    private static final int FETCH_SIZE = 5_000;

    private StreamedRows() {}

    static void query(JdbcTemplate jdbc, String sql, RowCallbackHandler handler) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (h2) {
                lazily(connection, true);
            }
            try (Statement statement = connection.createStatement()) {
                // In batches, not row by row: each fetch crosses H2's session lock, and PostgreSQL (in
                // a transaction) then reads through a cursor instead of holding the whole result.
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        handler.processRow(rows);
                    }
                }
            } finally {
                if (h2) {
                    lazily(connection, false);
                }
            }
            return null;
        });
    }

    private static void lazily(Connection connection, boolean lazy) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lazy_query_execution " + lazy);
        }
    }
}
