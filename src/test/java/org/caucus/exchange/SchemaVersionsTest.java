package org.caucus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A backup names the schema version it was written at, and a restore refuses a newer one. H2 and PostgreSQL each have
 * migrations of their own beside the shared ones, so each database's last migration must carry the same version, or a
 * backup from a team's server would not restore on a desktop, nor the other way round.
 */
class SchemaVersionsTest {

    @Test
    void h2_and_postgresql_end_at_the_same_schema_version() throws IOException {
        assertThat(lastVersion("h2")).as("H2's last migration").isEqualTo(lastVersion("postgresql"));
    }

    private static MigrationVersion lastVersion(String vendor) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        return Arrays.stream(new Resource[][] {
                    resolver.getResources("classpath:db/migration/V*.sql"),
                    resolver.getResources("classpath:db/vendor/" + vendor + "/V*.sql")
                })
                .flatMap(Arrays::stream)
                .map(Resource::getFilename)
                .map(name -> MigrationVersion.fromVersion(
                        name.substring(1, name.indexOf("__")).replace('_', '.')))
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }
}
