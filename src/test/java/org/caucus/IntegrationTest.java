package org.caucus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring test of the whole application against an in-memory database. The Demo project is
 * loaded into it as on a first start; tests that change data make a project of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:caucus-tests;DB_CLOSE_DELAY=-1",
            "caucus.exports-dir=target/test-exports",
            "caucus.coder=tester",
            "caucus.import.batch-size=20",
            // the search index in memory, rebuilt before the tests run when the shared database holds more
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "caucus.search.rebuild-in-background=false"
        })
public @interface IntegrationTest {}
