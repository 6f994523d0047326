package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.caucus.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two servers of a team on one database, each with its own turns: the second is made here beside the application's,
 * on connections of the same database, as another server's would be.
 */
@IntegrationTest
class SharedImportTurnsTest {

    // No project has this id, and no other test takes its turn.
    private static final long PROJECT = 987_654_321L;

    @Autowired
    ProjectImports thisServer;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    ProjectImports otherServer;
    boolean postgres;

    @BeforeEach
    void startTheOtherServer() {
        otherServer = new ProjectImports(new SharedImportTurns(dataSource, jdbc));
        postgres = jdbc.execute((Connection connection) ->
                "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
    }

    @Test
    void on_postgresql_an_import_on_one_server_keeps_the_others_out_of_its_project_until_it_ends() {
        assumeTrue(postgres, "servers share a database only on PostgreSQL");
        Told told = new Told();

        try (ProjectImports.Turn running =
                thisServer.awaitTurn(PROJECT, new Told()).orElseThrow()) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(
                            done -> otherServer.holdUntilTransactionEnds(PROJECT, "The page cannot be imported")))
                    .as("a page pasted on the other server")
                    .isInstanceOf(ImportRunningException.class)
                    .hasMessage("The page cannot be imported while an import into this project is running on another"
                            + " server of the team; try again once it has ended.");
            assertThat(otherServer.awaitTurn(PROJECT, told))
                    .as("the other server's import, cancelled as it waits")
                    .isEmpty();
            assertThat(told.calls).as("what its progress was told").containsExactly("waiting");
        }

        Told afterwards = new Told();
        try (ProjectImports.Turn next =
                otherServer.awaitTurn(PROJECT, afterwards).orElseThrow()) {
            assertThat(afterwards.calls)
                    .as("the next import's progress: it did not wait")
                    .isEmpty();
            assertThatThrownBy(() -> transactions.executeWithoutResult(
                            done -> thisServer.holdUntilTransactionEnds(PROJECT, "The pairs cannot be merged")))
                    .as("a merge on the first server while the other imports")
                    .isInstanceOf(ImportRunningException.class);
        }
        transactions.executeWithoutResult(
                done -> thisServer.holdUntilTransactionEnds(PROJECT, "The pairs cannot be merged"));
        assertThat(thisServer.awaitTurn(PROJECT, new Told()))
                .as("an import once the merge's transaction has ended")
                .hasValueSatisfying(ProjectImports.Turn::close);
    }

    @Test
    void on_an_embedded_database_only_this_servers_imports_take_turns() {
        assumeFalse(postgres, "an embedded H2 database is opened by one server only");

        try (ProjectImports.Turn running =
                thisServer.awaitTurn(PROJECT, new Told()).orElseThrow()) {
            Optional<ProjectImports.Turn> other = otherServer.awaitTurn(PROJECT, new Told());

            assertThat(other)
                    .as("a turn of a second set of turns on the same database")
                    .isPresent();
            other.get().close();
        }
    }

    /** An import's progress that records what it is told and cancels once it is told to wait. */
    private static final class Told implements ImportProgress {
        final List<String> calls = new ArrayList<>();

        @Override
        public void waitingForEarlierImport() {
            calls.add("waiting");
        }

        @Override
        public void startedAfterWaiting() {
            calls.add("started");
        }

        @Override
        public boolean cancelled() {
            return calls.contains("waiting");
        }
    }
}
