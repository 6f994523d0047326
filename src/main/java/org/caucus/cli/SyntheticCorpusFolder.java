package org.caucus.cli;

import java.io.PrintStream;
import org.caucus.project.ProjectService;

/**
 * The data folder of a benchmark that generates its own corpus: an empty one to fill, or, with {@code --reuse}, the
 * folder an earlier run filled, since generating can take minutes. A folder holding other projects is refused, so that
 * a benchmark never writes its synthetic debate into an analyst's database.
 */
final class SyntheticCorpusFolder {

    private SyntheticCorpusFolder() {}

    /** Runs {@code generate} unless {@code reuse} is asked and project {@code name} is there already. */
    static void fill(ProjectService projects, String name, boolean reuse, Runnable generate, PrintStream out) {
        boolean reusing = reuse && projects.findByName(name).isPresent();
        if (!reusing && !projects.isEmpty()) {
            throw new UsageException("The benchmark needs a fresh database: give --data-dir an empty folder"
                    + " (or, with --reuse, the folder of an earlier run).");
        }
        if (reusing) {
            out.println("Reusing the corpus an earlier run generated.");
        } else {
            generate.run();
        }
    }
}
