package org.caucus.corpus.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

/**
 * Measures how far a compressed file inflates before any of it is read. Reading stops at the same bound, but by then
 * the messages before it would have been stored: a file refused as a decompression bomb must leave nothing behind.
 */
final class InflationCheck {

    private static final int MAGIC_BYTES = 4;

    private InflationCheck() {}

    /**
     * Whether the file, with every .gz and .zip inside it, inflates past {@code limit} bytes. A file that cannot be
     * read is not judged here: reading it says why.
     */
    static boolean inflatesPast(Path file, long limit) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = peek(in);
            boolean gzip = FormatSniffer.isGzip(head);
            if (!gzip && !FormatSniffer.isZip(head)) {
                return false;
            }
            // A .gz of mail is measured as it is unpacked, to its end, before any of it is read (UnpackedGzip): it is
            // not inflated twice. Only one that holds a .gz or a .zip is measured here, through them.
            if (gzip && !gzipOfContainer(file)) {
                return false;
            }
            measure(in, new BoundedInputStream.Budget(limit), 0);
            return false;
        } catch (InflationLimitException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean gzipOfContainer(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] head = in.readNBytes(MAGIC_BYTES);
            return FormatSniffer.isGzip(head) || FormatSniffer.isZip(head);
        }
    }

    /** Inflates as reading would, counting against the same budget, but reads no mail. */
    private static void measure(InputStream in, BoundedInputStream.Budget budget, int containers) throws IOException {
        byte[] head = peek(in);
        if (containers >= MailSources.MAX_CONTAINERS) {
            // Refused by reading, for its depth.
            return;
        }
        if (FormatSniffer.isGzip(head)) {
            measure(buffered(new BoundedInputStream(new GZIPInputStream(in, 1 << 16), budget)), budget, containers + 1);
        } else if (FormatSniffer.isZip(head)) {
            ZipInputStream zip = new ZipInputStream(in, ZipEntries.NAMES);
            while (zip.getNextEntry() != null) {
                measure(buffered(new BoundedInputStream(zip, budget)), budget, containers + 1);
            }
        } else {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static InputStream buffered(InputStream in) {
        return new BufferedInputStream(in, 1 << 16);
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(MAGIC_BYTES);
        byte[] head = in.readNBytes(MAGIC_BYTES);
        in.reset();
        return head;
    }
}
