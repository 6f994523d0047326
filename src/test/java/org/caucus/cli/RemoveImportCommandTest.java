package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports are listed and taken back from the command line, for batch work, as on the Import page. */
class RemoveImportCommandTest {

    private static final String FIXTURE = "src/test/resources/importing/2013-November.txt";

    @TempDir
    Path dataDir;

    @Test
    void an_import_listed_by_its_number_is_removed_once_and_refused_after() throws Exception {
        String dir = dataDir.toString();
        assertThat(CommandRun.of("import", "--data-dir", dir, "--project", "Bestbits", FIXTURE)
                        .exitCode())
                .as("the import's exit code")
                .isZero();

        CommandRun listed = CommandRun.of("imports", "--data-dir", dir, "--project", "Bestbits");
        String[] line = listed.out().lines().skip(1).findFirst().orElseThrow().split("\t");
        CommandRun removed = CommandRun.of("remove-import", "--data-dir", dir, "--project", "Bestbits", line[0]);
        CommandRun again = CommandRun.of("remove-import", "--data-dir", dir, "--project", "Bestbits", line[0]);
        CommandRun relisted = CommandRun.of("imports", "--data-dir", dir, "--project", "Bestbits");

        assertThat(listed.exitCode()).as("the listing's exit code").isZero();
        assertThat(listed.out().lines().findFirst().orElseThrow())
                .as("the listing's header")
                .isEqualTo("import\tstarted (UTC)\toutcome\tread\timported\tduplicates\twarnings\tfailed\twhat");
        assertThat(line).as("the import's line").hasSize(9).satisfies(fields -> {
            assertThat(fields[2]).as("outcome").isEqualTo("done");
            assertThat(fields[4]).as("imported").isEqualTo("2");
            assertThat(fields[8]).as("what").endsWith("2013-November.txt");
        });
        assertThat(removed.exitCode()).as("the removal's exit code").isZero();
        assertThat(removed.out())
                .as("what the removal says")
                .isEqualTo("Bestbits: removed 2 messages, and 2 participants who posted nothing else.\n");
        try (DirectoryReader index = DirectoryReader.open(FSDirectory.open(dataDir.resolve("search-index/message")))) {
            assertThat(index.numDocs()).as("messages in the search index").isZero();
        }
        assertThat(again.exitCode()).as("the second removal's exit code").isEqualTo(1);
        assertThat(again.out()).as("what the second removal says").contains("its messages were removed already.");
        assertThat(relisted.out().lines().skip(1).findFirst().orElseThrow().split("\t")[2])
                .as("outcome listed after the removal")
                .isEqualTo("removed");
    }

    @Test
    void an_import_named_by_anything_but_its_number_is_a_usage_error() {
        CommandRun run =
                CommandRun.of("remove-import", "--data-dir", dataDir.toString(), "--project", "Bestbits", "latest");

        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.err())
                .as("what it says")
                .contains("caucus remove-import: name one import by its number, the first column of the imports"
                        + " command.");
    }
}
