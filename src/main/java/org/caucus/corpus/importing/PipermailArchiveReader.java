package org.caucus.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a Mailman 2 (pipermail) monthly text archive, {@code YYYY-Month.txt}: messages separated by lines like {@code
 * From user at host  Wed Nov 13 01:51:13 2013}, addresses obfuscated as {@code user at host}, no MIME headers, and
 * bodies in whatever charset the sender used, undeclared.
 *
 * <p>Pipermail does not escape body lines that begin with "From ", so only a line of exactly the separator's shape
 * starts a message; "From here on, ..." stays in its body.
 *
 * <p>The separator has the shape of the "From " line an MTA writes into an ordinary mbox ({@code From
 * addr@host  Tue Mar  2 09:42:12 2010}; Mailman itself writes {@code bogus@does.not.exist.com} when it lacks an
 * address), so a file is taken for a pipermail archive only when its first message also has nothing but the header
 * fields Mailman writes there: see {@link #startsArchive}.
 */
public final class PipermailArchiveReader implements MailSourceReader {

    /**
     * Mailman 2's separator: the obfuscated sender (or a bare name, as for some spam), two spaces, and a ctime date.
     */
    static final Pattern SEPARATOR = Pattern.compile(
            "^From (?:\\S+ at \\S+|\\S+)  (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    + " [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$");

    private static final byte[] FROM_ = "From ".getBytes(StandardCharsets.US_ASCII);

    /** The only header fields Mailman 2 writes into a .txt archive ({@code Article.as_text}), in lower case. */
    private static final Set<String> ARCHIVE_FIELDS =
            Set.of("from", "date", "subject", "in-reply-to", "references", "message-id");

    private final long maxMessageBytes;
    private final KnownMessageIds known;

    public PipermailArchiveReader() {
        this(MailSources.DEFAULT_MAX_MESSAGE_BYTES, KnownMessageIds.NONE);
    }

    /** @param known messages not to assemble again: a copy of one becomes a {@link ReadOutcome.Duplicate} */
    public PipermailArchiveReader(long maxMessageBytes, KnownMessageIds known) {
        this.maxMessageBytes = maxMessageBytes;
        this.known = known;
    }

    static boolean isSeparator(String line) {
        return line.startsWith("From ") && SEPARATOR.matcher(line).matches();
    }

    /**
     * Whether {@code bytes} start as a pipermail text archive: a separator line, then header fields that are all among
     * those Mailman writes there. A mailbox whose first message keeps its own headers (Received, MIME-Version,
     * Content-Type, ...) is an mbox even when its "From " line has the separator's shape, and must be read as MIME.
     */
    static boolean startsArchive(byte[] bytes, int from) {
        int lineEnd = from;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
            lineEnd++;
        }
        if (!isSeparator(ArchiveSplitter.latin1(bytes, from, lineEnd))) {
            return false;
        }
        HeaderBlock headers = HeaderBlock.parse(bytes, Math.min(lineEnd + 1, bytes.length));
        return !headers.isEmpty()
                && headers.fields().stream()
                        .allMatch(field -> ARCHIVE_FIELDS.contains(field.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public void read(String sourceName, String listName, InputStream in, Consumer<? super ReadOutcome> sink)
            throws IOException {
        ArchiveSplitter.split(
                in,
                (buffer, from, to, afterBlank) -> ArchiveSplitter.startsWith(buffer, from, to, FROM_)
                        && isSeparator(ArchiveSplitter.latin1(buffer, from, to)),
                maxMessageBytes,
                (number, line, offset, bytes, truncated) -> {
                    SourcePosition position = new SourcePosition(sourceName, number, line, offset);
                    sink.accept(outcome(position, listName, bytes, truncated));
                });
    }

    private ReadOutcome outcome(SourcePosition position, String listName, byte[] raw, boolean truncated) {
        if (position.messageNumber() == 0) {
            return new ReadOutcome.Failed(
                    position,
                    raw,
                    position.sourceName() + ": text before the first 'From ' separator line; kept as is");
        }
        if (truncated) {
            return new ReadOutcome.Failed(
                    position, raw, position + ": larger than the size limit; the first " + raw.length + " bytes kept");
        }
        try {
            int afterSeparator = 0;
            while (afterSeparator < raw.length && raw[afterSeparator] != '\n') {
                afterSeparator++;
            }
            HeaderBlock headers = HeaderBlock.parse(raw, Math.min(afterSeparator + 1, raw.length));
            ReadOutcome.Duplicate copy = MessageAssembler.knownCopy(position, headers, known);
            return copy != null ? copy : new ReadOutcome.Read(position, parse(position, listName, raw, headers));
        } catch (RuntimeException e) {
            return new ReadOutcome.Failed(position, raw, position + ": could not be read (" + e + ")");
        }
    }

    private static ParsedMessage parse(SourcePosition position, String listName, byte[] raw, HeaderBlock headers) {
        List<String> problems = new ArrayList<>();
        if (headers.isEmpty()) {
            problems.add("no header lines after the 'From ' separator");
        }
        byte[] body = Arrays.copyOfRange(raw, headers.bodyOffset(), raw.length);
        Charsets.Decoded decoded = Charsets.decode(body, null, problems);
        return MessageAssembler.assemble(new MessageAssembler.Parts(
                position, headers, decoded.text(), raw, decoded, List.of(), listName, problems));
    }
}
