package org.caucus.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/** The temporary copies that zip reading needs: an upload is a stream, a zip is read by random access. */
final class TemporaryFiles {

    private TemporaryFiles() {}

    /** Copies an upload to a temporary file, hands it to {@code reader}, and removes it afterwards. */
    static <T> T readCopy(String fileName, InputStream in, Function<Path, T> reader) {
        Path copy = null;
        try {
            copy = Files.createTempFile("caucus-upload-", ".zip");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return reader.apply(copy);
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
