package org.caucus.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/** What the import makes of a zip's entries, whether the zip is read from disk by its directory or as a stream. */
final class ZipEntries {

    /**
     * Names are read as the zip format says: UTF-8 where the entry is marked so, else IBM437, as Windows tools write
     * them. Read as UTF-8, such a name stopped the whole zip at that entry.
     */
    static final Charset NAMES = Charset.forName("IBM437");

    private ZipEntries() {}

    static ZipFile open(Path file) throws IOException {
        return ZipFile.builder().setPath(file).setCharset(NAMES).get();
    }

    /** How many entries of a zip on disk are read. */
    static int countRead(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            return (int) Collections.list(zip.getEntries()).stream()
                    .filter(entry -> !leftOut(entry))
                    .count();
        }
    }

    /** Folders, hidden files and the resource forks macOS adds to a zip hold no mail. */
    static boolean leftOut(ZipEntry entry) {
        String entryName = entry.getName();
        String shortName = entryName.substring(entryName.lastIndexOf('/') + 1);
        return entry.isDirectory() || shortName.startsWith(".") || entryName.startsWith("__MACOSX/");
    }

    /** The folder of an entry, ending in {@code /}; a folder's own entry is its folder. */
    static String folderOf(String entryName) {
        return entryName.substring(0, entryName.lastIndexOf('/') + 1);
    }

    /**
     * Whether the entry unpacks to the bytes whose checksum the zip keeps. Damaged data often unpacks without an
     * error, into other text: read as it comes, its messages would be stored mangled before the checksum at its end
     * told.
     */
    static boolean unpacksWhole(ZipFile zip, ZipArchiveEntry entry, BoundedInputStream.Budget budget)
            throws IOException {
        if (entry.getCrc() == -1) {
            return true; // the zip does not say
        }
        try (InputStream data = zip.getInputStream(entry);
                CheckedInputStream in = new CheckedInputStream(new BoundedInputStream(data, budget), new CRC32())) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.getChecksum().getValue() == entry.getCrc();
        }
    }

    /** Why an entry the zip library cannot unpack is refused, and what to do instead. */
    static String unreadable(String entryName, ZipArchiveEntry entry) {
        return entryName + ": "
                + (entry.getGeneralPurposeBit().usesEncryption()
                        ? "encrypted; unpack it with its password and import the files"
                        : "packed in a way that cannot be read (" + ZipMethod.getMethodByCode(entry.getMethod())
                                + "); unpack it and import the files");
    }

    static ReadOutcome nothingToRead(String sourceName) {
        return new ReadOutcome.Refused(
                SourcePosition.wholeFile(sourceName),
                sourceName + ": the zip holds no files to read (none, or only folders and hidden files)");
    }
}
