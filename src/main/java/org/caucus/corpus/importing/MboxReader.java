package org.caucus.corpus.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads an mbox file (mboxo, mboxrd or mboxcl2) of MIME messages, or an MMDF mailbox (messages between lines of four ^A).
 *
 * <p>A separator is a "From " line of the usual shape (a sender, then a date with a time) at the start of the file or
 * after a blank line, so a "From here on" line inside a body that an mboxo writer failed to quote does not split its
 * message. {@code >From } lines are unquoted the mboxrd way (one {@code >} removed), which is also right for the
 * {@code >From } lines an mboxo writer quoted. A message whose {@code Content-Length} says that its body goes on
 * past a separator line is joined again (mboxcl2, see {@link DeclaredBodyLengths}). A message with a bare "From "
 * line in its body was written by a program that quotes nothing, as mboxcl2 writers do: its {@code >From } lines are
 * the writer's own and stay as they are, as they do in MMDF, which has no "From " lines to quote.
 */
public final class MboxReader implements MailSourceReader {

    private static final Pattern FROM_LINE = Pattern.compile("^From \\S+.*\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b.*$");
    private static final byte[] FROM_ = "From ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MMDF = {1, 1, 1, 1};
    private static final Pattern QUOTED_FROM = Pattern.compile("^>+From ");

    private final long maxMessageBytes;
    private final KnownMessageIds known;

    public MboxReader() {
        this(MailSources.DEFAULT_MAX_MESSAGE_BYTES, KnownMessageIds.NONE);
    }

    /** @param known messages not to assemble again: a copy of one becomes a {@link ReadOutcome.Duplicate} */
    public MboxReader(long maxMessageBytes, KnownMessageIds known) {
        this.maxMessageBytes = maxMessageBytes;
        this.known = known;
    }

    static boolean isFromLine(String line) {
        return line.startsWith("From ") && FROM_LINE.matcher(line).matches();
    }

    @Override
    public void read(String sourceName, String listName, InputStream in, Consumer<? super ReadOutcome> sink)
            throws IOException {
        boolean[] firstLine = {true};
        DeclaredBodyLengths messages =
                new DeclaredBodyLengths(maxMessageBytes, (number, line, offset, bytes, truncated) -> {
                    SourcePosition position = new SourcePosition(sourceName, number, line, offset);
                    ReadOutcome outcome = outcome(position, listName, bytes, truncated);
                    if (outcome != null) {
                        sink.accept(outcome);
                    }
                });
        ArchiveSplitter.split(
                in,
                (buffer, from, to, afterBlank) -> {
                    // The first line of an mbox is its first separator whatever follows "From " (some omit the date).
                    boolean first = firstLine[0];
                    firstLine[0] = false;
                    return isMmdf(buffer, from, to)
                            || (first && ArchiveSplitter.startsWith(buffer, from, to, FROM_))
                            || (afterBlank
                                    && ArchiveSplitter.startsWith(buffer, from, to, FROM_)
                                    && isFromLine(ArchiveSplitter.latin1(buffer, from, to)));
                },
                maxMessageBytes,
                messages);
        messages.finish();
    }

    private static boolean isMmdf(byte[] buffer, int from, int to) {
        return ArchiveSplitter.startsWith(buffer, from, to, MMDF)
                && ArchiveSplitter.isBlank(buffer, from + MMDF.length, to);
    }

    private ReadOutcome outcome(SourcePosition position, String listName, byte[] raw, boolean truncated) {
        byte[] message = messageBytes(raw);
        if (ArchiveSplitter.isBlank(message, 0, message.length)) {
            // MMDF closes each message with the same marker line that opens the next: nothing to read in between.
            return position.messageNumber() == 0 || isMmdf(raw, 0, raw.length)
                    ? null
                    : new ReadOutcome.Failed(position, raw, position + ": an empty message; kept as is");
        }
        if (position.messageNumber() == 0) {
            return new ReadOutcome.Failed(
                    position, raw, position.sourceName() + ": text before the first 'From ' line; kept as is");
        }
        if (truncated) {
            return new ReadOutcome.Failed(
                    position, raw, position + ": larger than the size limit; the first " + raw.length + " bytes kept");
        }
        try {
            return MimeMessageParser.read(position, listName, raw, message, known);
        } catch (IOException | RuntimeException e) {
            return new ReadOutcome.Failed(position, raw, position + ": could not be read as MIME (" + e + ")");
        }
    }

    /** The message without its separator lines, with {@code >From } unquoted unless its writer quotes nothing. */
    static byte[] messageBytes(byte[] raw) {
        // MMDF marks its messages with a line of its own, so its writers have no "From " lines to quote.
        boolean unquote = !isMmdf(raw, 0, nextLine(raw, 0)) && !hasBareFromLine(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        int start = 0;
        boolean first = true;
        while (start < raw.length) {
            int next = nextLine(raw, start);
            boolean separator =
                    isMmdf(raw, start, next) || (first && ArchiveSplitter.startsWith(raw, start, next, FROM_));
            if (!separator) {
                if (unquote
                        && raw[start] == '>'
                        && QUOTED_FROM
                                .matcher(ArchiveSplitter.latin1(raw, start, next))
                                .lookingAt()) {
                    out.write(raw, start + 1, next - start - 1);
                } else {
                    out.write(raw, start, next - start);
                }
            }
            first = false;
            start = next;
        }
        return out.toByteArray();
    }

    /** Where the line after the one that starts at {@code start} starts: past its line feed. */
    private static int nextLine(byte[] raw, int start) {
        int end = start;
        while (end < raw.length && raw[end] != '\n') {
            end++;
        }
        return Math.min(end + 1, raw.length);
    }

    /** Whether a line after the message's first (its separator) starts with "From ", unquoted. */
    private static boolean hasBareFromLine(byte[] raw) {
        for (int at = 0; at < raw.length - 1; at++) {
            if (raw[at] == '\n' && ArchiveSplitter.startsWith(raw, at + 1, raw.length, FROM_)) {
                return true;
            }
        }
        return false;
    }
}
