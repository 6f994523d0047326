package org.caucus.corpus.importing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one message given as text, pasted or uploaded: the text of a pipermail message page, as the seed is, or the
 * message's source as a mail program shows it ("Show original", "View source"), its header lines first. An analyst
 * who found a message in their own mailbox rather than in the list's archive has only the second.
 */
public final class PastedMessageReader {

    private final PipermailPageReader pages = new PipermailPageReader();
    private final MailSources mail;

    /** @param mail reads a message's source, within the import's size limits */
    public PastedMessageReader(MailSources mail) {
        this.mail = mail;
    }

    /**
     * @param sourceName how the analyst knows the text, used in error messages
     * @throws UnreadableMessageException when the text is neither a message page nor one message's source
     */
    public ParsedMessage read(String sourceName, byte[] bytes) {
        try {
            return pages.read(sourceName, bytes);
        } catch (MalformedPageException notAPage) {
            byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, FormatSniffer.HEAD_BYTES));
            if (FormatSniffer.sniff(sourceName, head).format() == FormatSniffer.MailFormat.NOT_MAIL) {
                // Neither form: the page's error says what a page looks like, line by line.
                throw notAPage;
            }
            return oneMessage(sourceName, bytes);
        }
    }

    private ParsedMessage oneMessage(String sourceName, byte[] bytes) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        mail.read(sourceName, new ByteArrayInputStream(bytes), outcomes::add);
        if (outcomes.size() != 1) {
            throw new UnreadableMessageException(sourceName + ": holds " + outcomes.size()
                    + " messages, and a pasted text is stored as one; save the text as a file and upload it to import"
                    + " them all");
        }
        return switch (outcomes.getFirst()) {
            case ReadOutcome.Read read -> read.message();
            case ReadOutcome.Failed failed -> throw new UnreadableMessageException(failed.reason());
            case ReadOutcome.Refused refused -> throw new UnreadableMessageException(refused.reason());
            case ReadOutcome.Skipped skipped -> throw new UnreadableMessageException(skipped.reason());
            // The readers here know no messages, so none is taken for a copy of one.
            case ReadOutcome.Duplicate duplicate -> throw new IllegalStateException(duplicate.toString());
        };
    }
}
