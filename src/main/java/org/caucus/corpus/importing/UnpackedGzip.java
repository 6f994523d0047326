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
 * have been stored mangled. A month of a list is held in memory, so it is unpacked once; a larger file is unpacked
 * into a temporary file, which goes when its content is closed.
 */
sealed interface UnpackedGzip {

    /** More than a busy list's month (twisted-python's largest unpacks to under 3 MB). */
    int HELD_AT_MOST = 16 << 20;

    /**
     * The whole file, checked against its checksum; or, when it is cut off before its end (a download broken off),
     * what it holds up to the cut, which is as written. Reading the latter fails where the file does, so that the
     * message the cut falls in is not taken for a whole one. To be closed, as it may stand in a temporary file.
     */
    record Unpacked(InputStream content) implements UnpackedGzip {}

    /** It does not unpack, or not to what its checksum says: none of it can be trusted. */
    record Damaged(String problem) implements UnpackedGzip {}

    /**
     * Unpacks a .gz on disk within the budget of inflated bytes.
     *
     * @throws InflationLimitException when it inflates past the budget
     * @throws IOException when the file itself cannot be read, or what it unpacks to cannot be written
     */
    static UnpackedGzip of(Path file, BoundedInputStream.Budget budget) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in, budget, sizeItGives(file));
        }
    }

    /**
     * Unpacks a .gz read from a stream within the budget of inflated bytes.
     *
     * @param expected how many bytes it is likely to unpack to, to size the memory; 0 when not known
     * @throws InflationLimitException when it inflates past the budget
     * @throws IOException when the stream itself cannot be read, or what it unpacks to cannot be written
     */
    static UnpackedGzip of(InputStream compressed, BoundedInputStream.Budget budget, int expected) throws IOException {
        Memory held = new Memory(expected);
        InputStream in = new BoundedInputStream(new GZIPInputStream(compressed, 1 << 16), budget);
        try {
            if (held.fill(in)) {
                return new Unpacked(held.asInput());
            }
        } catch (EOFException cut) {
            return new Unpacked(cutShort(held.asInput(), cut));
        } catch (ZipException damaged) {
            return new Damaged(damaged.getMessage());
        }
        return spilled(held, in);
    }

    /** Unpacks the rest into a temporary file, after what was held. */
    private static UnpackedGzip spilled(Memory held, InputStream rest) throws IOException {
        Path spill = Files.createTempFile("caucus-unpacked-", ".mail");
        IOException cut = null;
        try (OutputStream out = Files.newOutputStream(spill)) {
            held.writeTo(out);
            rest.transferTo(out);
        } catch (EOFException e) {
            cut = e;
        } catch (ZipException damaged) {
            Files.delete(spill);
            return new Damaged(damaged.getMessage());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spill);
            throw e;
        }
        InputStream content = Files.newInputStream(spill, StandardOpenOption.DELETE_ON_CLOSE);
        return new Unpacked(cut == null ? content : cutShort(content, cut));
    }

    /** What a file cut off holds up to the cut, read as it was written and then failing as the file did. */
    private static InputStream cutShort(InputStream upToTheCut, IOException cut) {
        return new SequenceInputStream(upToTheCut, new FailingInputStream(cut));
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
