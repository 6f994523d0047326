package org.caucus.corpus;

import java.time.OffsetDateTime;

/**
 * A message that arrives as text with a few header fields rather than as e-mail bytes, such as a
 * source of a REFI-QDA project written by Caucus or by another analysis tool.
 *
 * @param posterName who wrote it; required, since every message has a poster
 * @param posterAddress the poster's e-mail address, or {@code null}
 * @param sentAt when it was sent, or {@code null}
 * @param messageId its Message-ID, which keeps a second import from adding it twice; or {@code null}
 * @param body the text that coded passages point into, stored exactly as given
 */
public record TextMessage(
        String sourceName,
        String subject,
        String threadSubject,
        String listName,
        String posterName,
        String posterAddress,
        OffsetDateTime sentAt,
        String messageId,
        String inReplyTo,
        String body) {}
