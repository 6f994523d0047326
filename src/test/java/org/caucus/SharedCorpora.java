package org.caucus;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real mailing-list archives beside the project ({@code ../shared/corpora}), which tests read
 * in place and never copy. Tests that need them are skipped, with this message, where they are absent.
 */
public final class SharedCorpora {

    private SharedCorpora() {}

    /**
     * The folder named by the system property {@code caucus.corpora}, else by the environment
     * variable {@code CAUCUS_CORPORA} (which {@code .ci/run} sets when CI clones the project
     * somewhere else), else {@code ../shared/corpora}.
     */
    public static Path folder() {
        String property = System.getProperty("caucus.corpora", System.getenv("CAUCUS_CORPORA"));
        Path folder = property != null && !property.isBlank()
                ? Path.of(property)
                : Path.of("").toAbsolutePath().getParent().resolve("shared/corpora");
        assumeThat(Files.isDirectory(folder.resolve("twisted-python")))
                .as(
                        "the shared corpora folder " + folder
                                + " (set CAUCUS_CORPORA or -Dcaucus.corpora=DIR to point elsewhere); corpus tests skipped without it")
                .isTrue();
        return folder;
    }
}
