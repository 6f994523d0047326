package org.caucus.corpus.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a stream of messages into the bytes of each message at separator lines, holding one message at a time. The
 * bytes of all the pieces together are exactly the bytes of the stream: nothing between messages is dropped.
 */
final class ArchiveSplitter {

    /** Decides whether a line (with its line end) starts a new message. */
    @FunctionalInterface
    interface Separator {
        boolean startsMessage(byte[] buffer, int from, int to, boolean afterBlankLine);
    }

    /** Receives each piece: where it starts and its bytes; {@code truncated} when it passed the size bound. */
    @FunctionalInterface
    interface PieceHandler {
        void piece(int number, long line, long byteOffset, byte[] bytes, boolean truncated);
    }

    private static final int BUFFER = 1 << 16;

    private ArchiveSplitter() {}

    /**
     * Calls {@code handler} for each message. Text before the first separator is handed over as piece 0 when it is not
     * blank, so that the reader can say what it was.
     */
    static void split(InputStream in, Separator separator, long maxMessageBytes, PieceHandler handler)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        int length = 0;
        int start = 0;
        boolean eof = false;
        ByteArrayOutputStream message = new ByteArrayOutputStream(8192);
        boolean truncated = false;
        int number = 0;
        long line = 1;
        long offset = 0;
        long messageLine = 1;
        long messageOffset = 0;
        boolean afterBlank = true;
        while (true) {
            int end = indexOf(buffer, start, length);
            if (end < 0 && !eof) {
                // Move the partial line to the front and read more; grow when a single line fills the buffer.
                int partial = length - start;
                if (partial == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                } else {
                    System.arraycopy(buffer, start, buffer, 0, partial);
                }
                length = partial;
                start = 0;
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    eof = true;
                } else {
                    length += read;
                }
                continue;
            }
            int lineEnd = end < 0 ? length : end + 1;
            if (lineEnd == start) {
                break;
            }
            if (separator.startsMessage(buffer, start, lineEnd, afterBlank)) {
                if (message.size() > 0) {
                    deliver(handler, number, messageLine, messageOffset, message, truncated);
                }
                number++;
                message.reset();
                truncated = false;
                messageLine = line;
                messageOffset = offset;
            }
            int lineLength = lineEnd - start;
            if (message.size() + lineLength <= maxMessageBytes) {
                message.write(buffer, start, lineLength);
            } else {
                truncated = true;
            }
            afterBlank = isBlank(buffer, start, lineEnd);
            line++;
            offset += lineLength;
            start = lineEnd;
        }
        if (message.size() > 0) {
            deliver(handler, number, messageLine, messageOffset, message, truncated);
        }
    }

    private static void deliver(
            PieceHandler handler,
            int number,
            long line,
            long offset,
            ByteArrayOutputStream message,
            boolean truncated) {
        byte[] bytes = message.toByteArray();
        if (number == 0 && isBlank(bytes, 0, bytes.length)) {
            return;
        }
        handler.piece(number, line, offset, bytes, truncated);
    }

    private static int indexOf(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] buffer, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The line without its line end, as ISO-8859-1 so that every byte is one char (for matching patterns). */
    static String latin1(byte[] buffer, int from, int to) {
        int end = to;
        while (end > from && (buffer[end - 1] == '\n' || buffer[end - 1] == '\r')) {
            end--;
        }
        return new String(buffer, from, end - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
