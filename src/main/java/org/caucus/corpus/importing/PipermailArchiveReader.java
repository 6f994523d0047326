package org.caucus.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a Mailman 2 (pipermail) monthly text archive, {@code YYYY-Month.txt}: messages separated by lines like {@code
 * From user at host  Wed Nov 13 01:51:13 2013}, addresses obfuscated as {@code user at host}, no MIME headers, and
 * bodies in whatever charset the sender used, undeclared.
 *
 * <p>Pipermail does not escape body lines that begin with "From ", so only a line of exactly the separator's shape
 * starts a message; "From here on, ..." stays in its body.
 */
public final class PipermailArchiveReader implements MailSourceReader {

    /**
     * Mailman 2's separator: the obfuscated sender (or a bare name, as for some spam), two spaces, and a ctime date.
     */
    static final Pattern SEPARATOR = Pattern.compile(
            "^From (?:\\S+ at \\S+|\\S+)  (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    + " [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$");

    private static final byte[] FROM_ = "From ".getBytes(StandardCharsets.US_ASCII);

    private final long maxMessageBytes;

    public PipermailArchiveReader() {
        this(MailSources.DEFAULT_MAX_MESSAGE_BYTES);
    }

    public PipermailArchiveReader(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    static boolean isSeparator(String line) {
        return line.startsWith("From ") && SEPARATOR.matcher(line).matches();
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

    private static ReadOutcome outcome(SourcePosition position, String listName, byte[] raw, boolean truncated) {
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
            return new ReadOutcome.Read(position, parse(position, listName, raw));
        } catch (RuntimeException e) {
            return new ReadOutcome.Failed(position, raw, position + ": could not be read (" + e + ")");
        }
    }

    private static ParsedMessage parse(SourcePosition position, String listName, byte[] raw) {
        int afterSeparator = 0;
        while (afterSeparator < raw.length && raw[afterSeparator] != '\n') {
            afterSeparator++;
        }
        HeaderBlock headers = HeaderBlock.parse(raw, Math.min(afterSeparator + 1, raw.length));
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
