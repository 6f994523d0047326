package org.caucus.corpus.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message as a reader understood it, before it is stored.
 *
 * @param body the normalised body text that annotations will point into
 * @param raw the bytes exactly as read
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
        byte[] raw) {}
