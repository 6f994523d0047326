package org.caucus.corpus.importing;

import java.io.IOException;

/** What became of one message, or of a whole file that could not be read as mail. */
public sealed interface ReadOutcome {

    SourcePosition position();

    /** The message was read; whatever was not fully understood is in {@link ParsedMessage#warnings()}. */
    record Read(SourcePosition position, ParsedMessage message) implements ReadOutcome {}

    /**
     * A second copy of a message the import already holds, recognised by its Message-ID as soon as its header fields
     * were read (see {@link KnownMessageIds}), so its body was not decoded. A message without a Message-ID is always
     * {@link Read} in full: its identity is a hash of the whole message.
     */
    record Duplicate(SourcePosition position, String messageId) implements ReadOutcome {}

    /** The message could not be read; its bytes are kept so that nothing is lost. */
    record Failed(SourcePosition position, byte[] raw, String reason) implements ReadOutcome {}

    /**
     * A whole file was refused before (or while) its messages were read: not mail, too large when inflated, or a
     * pipermail index page. The reason names the file.
     */
    record Refused(SourcePosition position, String reason) implements ReadOutcome {

        /** A whole source the system could not read: a file gone, a folder not open to the server. */
        static Refused unreadable(String sourceName, IOException e) {
            return new Refused(
                    SourcePosition.wholeFile(sourceName), sourceName + ": could not be read (" + e.getMessage() + ")");
        }
    }

    /**
     * A file deliberately not read, which is no problem: the compressed copy of a month also present
     * uncompressed, or an index page beside the message pages of a pipermail folder.
     */
    record Skipped(SourcePosition position, String reason) implements ReadOutcome {}
}
