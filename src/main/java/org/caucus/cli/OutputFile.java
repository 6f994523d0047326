package org.caucus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/** Writes a command's output file under a temporary name and moves it into place, so no half-written file is left. */
final class OutputFile {

    private OutputFile() {}

    static void write(Path target, Consumer<OutputStream> writer) {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                writer.accept(out);
            } catch (RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
        }
    }

    /** The file named by {@code --in}, which must exist. */
    static Path existing(CommandArguments arguments) {
        Path in = Path.of(arguments.required("in"));
        if (!Files.isRegularFile(in)) {
            throw new UsageException(in + " does not exist.");
        }
        return in;
    }
}
