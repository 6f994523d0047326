package org.caucus.corpus.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins again the pieces of an mbox message that a "From " line in its body split, where the message declares its
 * body's length. mboxcl and mboxcl2 files (Solaris and SVR4 mailers, some converters) give each message a
 * {@code Content-Length} header, and mboxcl2 leaves "From " lines in bodies unquoted, trusting readers to count
 * bytes; a forwarded message's separator line inside a body then looks like the start of a new message.
 *
 * <p>A piece whose declared body goes on past its end is held, with the pieces after it, until together they make up
 * the length declared: then they are handed on as one message. When they overshoot it, the header was wrong (a tool
 * changed the body and not its length, which is common), and the pieces are handed on apart, as the separators cut
 * them. Pieces are renumbered, so that positions count the messages of the file as read.
 */
final class DeclaredBodyLengths implements ArchiveSplitter.PieceHandler {

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    // The blank line between a body and the next separator is no part of the length an mboxcl writer declares.
    private static final int MAX_SEPARATING_LINE_END = 2;

    private record Piece(long line, long offset, byte[] bytes, boolean truncated) {}

    private final ArchiveSplitter.PieceHandler next;
    private final long maxMessageBytes;
    private final List<Piece> held = new ArrayList<>();
    private long declared;
    private long heldBodyBytes;
    private int number;

    DeclaredBodyLengths(long maxMessageBytes, ArchiveSplitter.PieceHandler next) {
        this.next = next;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void piece(int pieceNumber, long line, long byteOffset, byte[] bytes, boolean truncated) {
        if (pieceNumber == 0) {
            // The text before the first separator is no message and keeps its number.
            next.piece(0, line, byteOffset, bytes, truncated);
            return;
        }
        Piece piece = new Piece(line, byteOffset, bytes, truncated);
        if (!held.isEmpty()) {
            heldBodyBytes += bytes.length;
            held.add(piece);
            if (heldBodyBytes < declared && heldBodyBytes <= maxMessageBytes) {
                return;
            }
            if (isDeclaredLength(heldBodyBytes)) {
                handOnJoined();
                return;
            }
            // The length was wrong: the pieces stand as cut, and the last one may declare a length of its own.
            held.removeLast();
            handOnApart();
        }
        start(piece);
    }

    /** Hands on what is still held, apart, once the file has ended. */
    void finish() {
        handOnApart();
    }

    private void start(Piece piece) {
        int bodyStart = bodyStart(piece.bytes());
        long length = bodyStart < 0 ? -1 : declaredLength(piece.bytes(), bodyStart);
        long body = piece.bytes().length - bodyStart;
        if (length < 0 || piece.truncated() || body >= length) {
            handOn(piece);
            return;
        }
        held.add(piece);
        declared = length;
        heldBodyBytes = body;
    }

    private boolean isDeclaredLength(long bodyBytes) {
        return bodyBytes >= declared && bodyBytes - declared <= MAX_SEPARATING_LINE_END;
    }

    private void handOnJoined() {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Piece piece : held) {
            joined.writeBytes(piece.bytes());
        }
        Piece first = held.getFirst();
        held.clear();
        handOn(new Piece(first.line(), first.offset(), joined.toByteArray(), false));
    }

    private void handOnApart() {
        List<Piece> pieces = List.copyOf(held);
        held.clear();
        pieces.forEach(this::handOn);
    }

    private void handOn(Piece piece) {
        next.piece(++number, piece.line(), piece.offset(), piece.bytes(), piece.truncated());
    }

    /** Where the body starts: after the first empty line; -1 when there is none. */
    private static int bodyStart(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            int next = i + 1;
            if (next < bytes.length && bytes[next] == '\r') {
                next++;
            }
            if (next < bytes.length && bytes[next] == '\n') {
                return next + 1;
            }
        }
        return -1;
    }

    /** The value of the header fields' {@code Content-Length}; -1 when they have none that is a number. */
    private static long declaredLength(byte[] bytes, int bodyStart) {
        for (int start = 0; start < bodyStart; ) {
            int end = start;
            while (end < bodyStart && bytes[end] != '\n') {
                end++;
            }
            if (startsWithIgnoringCase(bytes, start, end, CONTENT_LENGTH)) {
                String value = ArchiveSplitter.latin1(bytes, start + CONTENT_LENGTH.length, end + 1)
                        .strip();
                return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
            }
            start = end + 1;
        }
        return -1;
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, int from, int to, byte[] lowerCasePrefix) {
        if (to - from < lowerCasePrefix.length) {
            return false;
        }
        for (int i = 0; i < lowerCasePrefix.length; i++) {
            if (Character.toLowerCase(bytes[from + i]) != lowerCasePrefix[i]) {
                return false;
            }
        }
        return true;
    }
}
