package org.caucus.corpus.importing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as a reader understood it, before it is stored.
 *
 * @param listName the list it was sent to: the {@code [list]} subject tag, else the List-Id, else the archive's name;
 *     null when none of them says
 * @param subject the subject as written (encoded words decoded), with its list tag and reply prefixes
 * @param sentAt when it was sent, with the sender's offset; null when the date header is missing or not a date
 * @param dateHeader the date exactly as the message gives it, kept even when it is not a date
 * @param body the normalised body text that annotations will point into
 * @param raw the bytes exactly as read
 * @param threadSubject the subject with the list tag and the Re:/Fwd:/AW:/SV: chains removed, for threading
 * @param charset the charset the body text was decoded with
 * @param charsetChoice how that charset was chosen
 * @param attachments the parts that are not the body text, listed but not imported as text
 * @param warnings what the reader could not fully understand, each naming the input and the position in it
 */
public record ParsedMessage(
        String listName,
        String subject,
        String posterName,
        String posterAddress,
        OffsetDateTime sentAt,
        String dateHeader,
        String messageId,
        String inReplyTo,
        List<String> references,
        String body,
        byte[] raw,
        String threadSubject,
        String charset,
        CharsetChoice charsetChoice,
        List<Attachment> attachments,
        List<String> warnings) {

    public ParsedMessage {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
    }

    /** The same message with one more warning. */
    public ParsedMessage withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return with(listName, more);
    }

    /** The same message, its list named as given. */
    public ParsedMessage withListName(String name) {
        return with(name, warnings);
    }

    private ParsedMessage with(String newListName, List<String> newWarnings) {
        return new ParsedMessage(
                newListName,
                subject,
                posterName,
                posterAddress,
                sentAt,
                dateHeader,
                messageId,
                inReplyTo,
                references,
                body,
                raw,
                threadSubject,
                charset,
                charsetChoice,
                attachments,
                newWarnings);
    }
}
