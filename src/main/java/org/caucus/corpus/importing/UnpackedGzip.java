package org.caucus.corpus.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A .gz unpacked to its end before any of its messages is read. Damaged data often unpacks without an error, into
 * other text, and only the checksum at the file's end tells: read as it came, the messages before that point would
 * have been stored mangled. A month of a list is held in memory, so it is unpacked once; a larger file on disk is
 * checked by a pass of its own and then read from disk again.
 */
sealed interface UnpackedGzip {

    /** More than a busy list's month (twisted-python's largest unpacks to under 3 MB). */
    int HELD_AT_MOST = 16 << 20;

    /**
     * Held in memory: the whole file, checked against its checksum; or, when it is cut off before its end (a download
     * broken off), what it holds up to the cut, which is as written. Reading the latter fails where the file does, so
     * that the message the cut falls in is not taken for a whole one.
     */
    record Held(InputStream content) implements UnpackedGzip {}

    /** It does not unpack, or not to what its checksum says: none of it can be trusted. */
    record Damaged(String problem) implements UnpackedGzip {}

    /**
     * Too large to hold. Read from a stream, the rest is read as it unpacks, unchecked until its end: the content
     * goes on from what was held.
     */
    record TooLargeToHold(InputStream content) implements UnpackedGzip {}

    /**
     * Unpacks a .gz on disk within the budget of inflated bytes. One too large to hold is checked to its end here and
     * comes back as {@link TooLargeToHold} with no content: it is to be read from disk again.
     *
     * @throws InflationLimitException when it inflates past the budget
     * @throws IOException when the file itself cannot be read
     */
    static UnpackedGzip of(Path file, BoundedInputStream.Budget budget) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            UnpackedGzip unpacked = of(in, budget, sizeItGives(file));
            if (!(unpacked instanceof TooLargeToHold large)) {
                return unpacked;
            }
            try {
                large.content().transferTo(OutputStream.nullOutputStream());
            } catch (ZipException damaged) {
                return new Damaged(damaged.getMessage());
            } catch (EOFException cut) {
                // Read again, it fails where it is cut, after the messages before the cut.
            }
            return new TooLargeToHold(InputStream.nullInputStream());
        }
    }

    /**
     * Unpacks a .gz read from a stream within the budget of inflated bytes.
     *
     * @param expected how many bytes it is likely to unpack to, to size the memory; 0 when not known
     * @throws InflationLimitException when it inflates past the budget
     * @throws IOException when the stream itself cannot be read
     */
    static UnpackedGzip of(InputStream compressed, BoundedInputStream.Budget budget, int expected) throws IOException {
        Memory held = new Memory(expected);
        try {
            InputStream in = new BoundedInputStream(new GZIPInputStream(compressed, 1 << 16), budget);
            return held.fill(in)
                    ? new Held(held.asInput())
                    : new TooLargeToHold(new SequenceInputStream(held.asInput(), in));
        } catch (EOFException cut) {
            return new Held(new SequenceInputStream(held.asInput(), new FailingInputStream(cut)));
        } catch (ZipException damaged) {
            return new Damaged(damaged.getMessage());
        }
    }

    /**
     * What the file's last four bytes say it unpacks to, within what is held: a hint to size the memory, which a
     * damaged or multi-part file may get wrong.
     */
    private static int sizeItGives(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 4) {
                return 0;
            }
            ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(trailer, size - 4);
            long stated = Integer.toUnsignedLong(trailer.flip().getInt());
            return (int) Math.min(stated + 1, HELD_AT_MOST + 1L);
        }
    }

    /** The unpacked bytes, read back without being copied again. */
    final class Memory extends ByteArrayOutputStream {

        Memory(int expected) {
            super(Math.max(expected, 32));
        }

        /** @return whether the stream ended within {@link #HELD_AT_MOST} bytes */
        boolean fill(InputStream in) throws IOException {
            byte[] chunk = new byte[1 << 16];
            int n;
            while ((n = in.read(chunk)) != -1) {
                write(chunk, 0, n);
                if (count > HELD_AT_MOST) {
                    return false;
                }
            }
            return true;
        }

        InputStream asInput() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }

    /** Fails as the file did, where it did. */
    final class FailingInputStream extends InputStream {

        private final IOException failure;

        FailingInputStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }
    }
}
