package org.caucus.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The part of a project's import turn that the other servers of a team see. Several servers may share one PostgreSQL
 * database; there the turn is also an advisory lock keyed by the project. An import holds it on a connection of its
 * own for as long as it runs, and PostgreSQL lets it go when that connection ends, also when the server holding it
 * dies, so a crash never leaves a project locked. A quick change (a pasted page, a merge) takes it for its
 * transaction only. On H2, embedded in the one server that opened its file, there is nobody to tell, and the turn is
 * always free here.
 */
@Component
class SharedImportTurns {

    // The first half of the key of Caucus's advisory locks, so that they do not meet another application's locks on
    // the same database: "CAUC".
    private static final int CAUCUS_IMPORTS = 0x43415543;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile Boolean shared;

    SharedImportTurns(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Takes the project's turn on the database, without waiting.
     *
     * @return the turn, held until closed; empty when an import on another server holds it
     */
    Optional<ProjectImports.Turn> tryTake(long projectId) {
        if (!isShared()) {
            return Optional.of(() -> {});
        }
        try {
            Connection own = dataSource.getConnection();
            if (!ask(own, "select pg_try_advisory_lock(?, ?)", projectId)) {
                own.close();
                return Optional.empty();
            }
            return Optional.of(() -> release(own, projectId));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the import turn of project " + projectId, e);
        }
    }

    /**
     * Takes the project's turn on the database until the current transaction ends, without waiting.
     *
     * @return false when an import on another server holds it
     */
    boolean tryTakeUntilTransactionEnds(long projectId) {
        return !isShared()
                || Boolean.TRUE.equals(jdbc.queryForObject(
                        "select pg_try_advisory_xact_lock(?, ?)", Boolean.class, CAUCUS_IMPORTS, key(projectId)));
    }

    private static void release(Connection own, long projectId) {
        // The connection goes back to the pool, not to PostgreSQL: the lock must be let go of first.
        try (own) {
            ask(own, "select pg_advisory_unlock(?, ?)", projectId);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException(
                    "Could not give back the import turn of project " + projectId, e);
        }
    }

    private static boolean ask(Connection connection, String query, long projectId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setInt(1, CAUCUS_IMPORTS);
            statement.setInt(2, key(projectId));
            try (ResultSet answer = statement.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        }
    }

    /** Project ids fit in an int; past that, two projects would share a turn, which only makes one of them wait. */
    private static int key(long projectId) {
        return Long.hashCode(projectId);
    }

    private boolean isShared() {
        if (shared == null) {
            shared = jdbc.execute((Connection connection) ->
                    "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
        }
        return shared;
    }
}
