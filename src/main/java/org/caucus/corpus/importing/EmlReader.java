package org.caucus.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a single message file: an {@code .eml}, where the whole file is one MIME message, or Apple Mail's {@code .emlx},
 * where the message sits between a line giving its length and Apple's properties of it. The whole file is kept as the
 * message's original either way.
 */
public final class EmlReader implements MailSourceReader {

    private final long maxMessageBytes;
    private final KnownMessageIds known;
    private final boolean appleMail;

    public EmlReader() {
        this(MailSources.DEFAULT_MAX_MESSAGE_BYTES, KnownMessageIds.NONE);
    }

    /** @param known messages not to assemble again: a copy of one becomes a {@link ReadOutcome.Duplicate} */
    public EmlReader(long maxMessageBytes, KnownMessageIds known) {
        this(maxMessageBytes, known, false);
    }

    private EmlReader(long maxMessageBytes, KnownMessageIds known, boolean appleMail) {
        this.maxMessageBytes = maxMessageBytes;
        this.known = known;
        this.appleMail = appleMail;
    }

    /** A reader of Apple Mail's {@code .emlx} files. */
    static EmlReader appleMail(long maxMessageBytes, KnownMessageIds known) {
        return new EmlReader(maxMessageBytes, known, true);
    }

    @Override
    public void read(String sourceName, String listName, InputStream in, Consumer<? super ReadOutcome> sink)
            throws IOException {
        SourcePosition position = new SourcePosition(sourceName, 1, 1, 0);
        byte[] raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxMessageBytes + 1));
        if (raw.length > maxMessageBytes) {
            sink.accept(new ReadOutcome.Refused(
                    position, sourceName + ": larger than the message size limit of " + maxMessageBytes + " bytes"));
            return;
        }
        ReadOutcome outcome;
        try {
            outcome = appleMail
                    ? fromAppleMail(position, listName, raw)
                    : MimeMessageParser.read(position, listName, raw, raw, known);
        } catch (IOException | RuntimeException e) {
            outcome = new ReadOutcome.Failed(position, raw, position + ": could not be read as MIME (" + e + ")");
        }
        // Outside the try: what the sink throws (a cancelled or failed import) is not this message's fault.
        sink.accept(outcome);
    }

    private ReadOutcome fromAppleMail(SourcePosition position, String listName, byte[] file) throws IOException {
        return switch (AppleMailMessage.messageOf(file)) {
            case AppleMailMessage.Message message ->
                MimeMessageParser.read(position, listName, file, message.bytes(), known);
            case AppleMailMessage.Unreadable unreadable ->
                new ReadOutcome.Failed(position, file, position + ": " + unreadable.reason());
        };
    }
}
