package org.caucus.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first start's administrator password, in the data directory for whoever missed the console.
 * The file is made readable by its owner only before the secret is written into it, and is deleted
 * once the administrator has chosen a password of their own.
 */
@Component
class AdminPasswordFile {

    static final String NAME = "admin-password.txt";

    private final Path file;

    AdminPasswordFile(@Value("${caucus.data-dir}") Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    Path path() {
        return file;
    }

    void write(String username, String password) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                // Windows: no POSIX modes; take read and write from everyone but the owner.
                Files.createFile(file);
                var asFile = file.toFile();
                asFile.setReadable(false, false);
                asFile.setWritable(false, false);
                asFile.setReadable(true, true);
                asFile.setWritable(true, true);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("Caucus administrator account, created on the first start.\n"
                        + "Sign in with it once and choose a new password; this file is then deleted.\n"
                        + "account:  " + username + "\n"
                        + "password: " + password + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the administrator's password to " + file.toAbsolutePath(), e);
        }
    }

    void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The password is changed, but " + file.toAbsolutePath()
                            + " with the old one could not be deleted: delete it by hand",
                    e);
        }
    }
}
