package org.caucus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hibernate makes no temporary tables of its own in the database. On H2 it used to create one per entity at every
 * start, for bulk statements that span several tables, which Caucus never runs; the one for message blocks failed on
 * its column named {@code end}, and every start wrote that syntax error into the data folder's H2 trace file.
 */
@IntegrationTest
class TemporaryTablesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_database_holds_no_tables_hibernate_made_for_bulk_statements() {
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where upper(table_name) like 'HTE\\_%'",
                        String.class))
                .as("Hibernate's temporary tables")
                .isEmpty();
    }
}
