package org.caucus.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/** Keeps and removes the temporary copies that zip reading needs. */
final class TemporaryFiles {

    private TemporaryFiles() {}

    /**
     * Copies an upload to a temporary file, because a zip is read by random access, hands it to
     * {@code reading} and removes it afterwards.
     *
     * @param fileName the upload's name as the analyst knows it, for messages
     */
    static <T> T readCopy(InputStream in, String suffix, String fileName, Function<Path, T> reading) {
        Path copy = null;
        try {
            copy = Files.createTempFile("caucus-upload-", suffix);
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return reading.apply(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the upload " + fileName + " for reading", e);
        } finally {
            delete(copy);
        }
    }

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
