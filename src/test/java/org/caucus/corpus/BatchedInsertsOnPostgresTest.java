package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.caucus.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class BatchedInsertsOnPostgresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "jdbc:postgresql://db.example.org/caucus, true",
        "jdbc:postgresql://db.example.org/caucus?ssl=true, true",
        "jdbc:h2:file:/tmp/caucus/caucus;LOCK_TIMEOUT=10000, ",
        "jdbc:h2:mem:caucus, "
    })
    void only_a_pool_of_postgresql_connections_is_told_to_send_batches_as_multi_row_inserts(
            String address, String told) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(address);

            new BatchedInsertsOnPostgres().postProcessAfterInitialization(pool, "dataSource");

            assertThat(pool.getDataSourceProperties().getProperty(BatchedInsertsOnPostgres.SETTING))
                    .as("the setting")
                    .isEqualTo(told);
        }
    }

    /** The same in the running application, on whichever database the tests run against. */
    @Nested
    @IntegrationTest
    class InTheApplication {

        @Autowired
        DataSource dataSource;

        @Test
        void the_pool_has_the_setting_only_on_postgresql() {
            HikariDataSource pool = (HikariDataSource) dataSource;

            assertThat(pool.getDataSourceProperties().getProperty(BatchedInsertsOnPostgres.SETTING))
                    .as("the setting of the pool for " + pool.getJdbcUrl())
                    .isEqualTo(pool.getJdbcUrl().startsWith("jdbc:postgresql:") ? "true" : null);
        }
    }
}
