package org.caucus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.caucus.TestApplication;
import org.caucus.cli.SyntheticCoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class SearchIndexClosingTest {

    @TempDir
    Path dataDir;

    @Test
    void closing_the_application_during_a_rebuild_stops_it_without_reporting_errors(CapturedOutput output) {
        CompletableFuture<Void> rebuild;
        try (ConfigurableApplicationContext application = TestApplication.start(dataDir)) {
            // Written past the search index, as a restored backup is, so that a rebuild has them all to index.
            new SyntheticCoding(application.getBean(DataSource.class))
                    .generate("Unindexed", SyntheticCoding.Shape.messageList(5_000, 1));
            SearchIndex index = application.getBean(SearchIndex.class);
            rebuild = CompletableFuture.runAsync(index::rebuild);
            while (!index.incomplete() && !rebuild.isDone()) {
                Thread.onSpinWait();
            }
            assertThat(rebuild).as("the rebuild, when the application closes").isNotDone();
        }
        rebuild.join();

        assertThat(output.getAll())
                .as("the log")
                .contains("Search index rebuild stopped after")
                .doesNotContain(" ERROR ")
                .doesNotContain("HSEARCH000629");
    }
}
