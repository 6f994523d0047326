package org.caucus;

import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/** Starts the whole application on a data directory of the test's own, as a user's start would. */
public final class TestApplication {

    private TestApplication() {}

    public static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(CaucusApplication.class)
                // Vaadin needs a web context; a mock one spares starting a server for a data test.
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(
                        "--caucus.data-dir=" + dataDir,
                        "--caucus.exports-dir=" + dataDir.resolve("exports"),
                        // A test may close the application as soon as it has started: a rebuild of the search index
                        // still running then fails, and its threads log into whatever the next test captures.
                        "--caucus.search.rebuild-in-background=false");
    }
}
