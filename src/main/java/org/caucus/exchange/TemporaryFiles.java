package org.caucus.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Removes the temporary copies that zip reading needs. */
final class TemporaryFiles {

    private TemporaryFiles() {}

    static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover file in the temporary folder is harmless; the work itself is done or already failed.
        }
    }
}
