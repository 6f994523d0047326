package org.caucus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring test of the whole application against an in-memory database. The Demo project is
 * loaded into it as on a first start; tests that change data make a project of their own.
 *
 * <p>With {@code CAUCUS_TEST_DB_URL} (and {@code CAUCUS_TEST_DB_USER}, {@code CAUCUS_TEST_DB_PASSWORD})
 * set, the same tests run against that database instead: {@code .ci/run} points them at a PostgreSQL
 * it starts, so that every query and migration is proven on both databases a team may use.
 *
 * <p>Each test runs signed in as {@link WithTester#NAME}, the owner of the Demo project.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(IntegrationTest.DATABASE)
@WithTester
@SpringBootTest(
        properties = {
            "spring.datasource.url=${CAUCUS_TEST_DB_URL:jdbc:h2:mem:caucus-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000}",
            "spring.datasource.username=${CAUCUS_TEST_DB_USER:sa}",
            "spring.datasource.password=${CAUCUS_TEST_DB_PASSWORD:}",
            "caucus.exports-dir=target/test-exports",
            // the first start's administrator password file goes here, not into the home folder
            "caucus.data-dir=target/test-data",
            "caucus.coder=tester",
            "caucus.import.batch-size=20",
            // the search index in memory, rebuilt before the tests run when the shared database holds more, and
            // holding each import's messages when it ends (BackgroundIndexingTest follows them in the background)
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "caucus.search.rebuild-in-background=false",
            "caucus.search.index-in-background=false"
        })
public @interface IntegrationTest {

    /** The tag of tests that use the database: the ones run a second time against PostgreSQL. */
    String DATABASE = "database";
}
