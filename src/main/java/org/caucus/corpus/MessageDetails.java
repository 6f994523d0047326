package org.caucus.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.caucus.corpus.importing.CharsetChoice;

/**
 * A message as it came from its archive, for an analyst who checks what the import made of it: where it was read,
 * its identifiers and date as written, how its text was decoded, what it carried besides text, and what the import
 * noted about it.
 *
 * @param charsetSource how the charset was chosen: declared, detected or assumed
 * @param importNotes the warnings its import gave, each naming the file and the place in it
 * @param originalSize the size in bytes of the message as read, which is kept unchanged
 */
public record MessageDetails(
        String sourceName,
        String messageId,
        String inReplyTo,
        String dateHeader,
        String charset,
        String charsetSource,
        List<MessageAttachment> attachments,
        List<String> importNotes,
        int originalSize) {

    /** The charset and how it was chosen, in words; {@code null} when the message records none. */
    public String charsetInWords() {
        if (charset == null) {
            return null;
        }
        if (charsetSource == null) {
            return charset;
        }
        // Restored backups and other tools' projects may record a way this version does not name.
        String how = Arrays.stream(CharsetChoice.values())
                .filter(choice -> choice.name().equals(charsetSource))
                .findFirst()
                .map(CharsetChoice::label)
                .orElse(charsetSource.toLowerCase(Locale.ROOT));
        return charset + ", " + how;
    }
}
