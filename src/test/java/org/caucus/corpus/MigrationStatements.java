package org.caucus.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** Statements of the shared migrations, run again on data that a test made as an older Caucus left it. */
final class MigrationStatements {

    private MigrationStatements() {}

    /** The first statement of {@code migration} that opens with {@code opening}, without its semicolon. */
    static String first(String migration, String opening) throws IOException {
        String text = new String(
                new ClassPathResource("db/migration/" + migration)
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        int start = text.indexOf(opening);
        if (start < 0) {
            throw new IllegalArgumentException(migration + " has no statement opening with " + opening);
        }
        return text.substring(start, text.indexOf(';', start));
    }
}
