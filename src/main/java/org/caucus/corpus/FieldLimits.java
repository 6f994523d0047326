package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import org.caucus.corpus.importing.Attachment;
import org.caucus.corpus.importing.ParsedMessage;

/**
 * The lengths the tables give a message's fields (see the schema), and the fitting of a message that exceeds them. A
 * mail header may be as long as its sender likes; one that outgrew its column once stopped the whole import. Now the
 * field is cut to fit with a warning that names it, and the message's original bytes still hold it whole.
 */
final class FieldLimits {

    static final int LIST_NAME = 200;
    static final int SUBJECT = 2_000;
    static final int POSTER_NAME = 300;
    static final int POSTER_ADDRESS = 320;
    static final int DATE_HEADER = 300;
    static final int MESSAGE_ID = 1_000;
    static final int REFERENCES = 100_000;
    static final int SOURCE_NAME = 1_000;
    static final int ATTACHMENT_NAME = 1_000;
    static final int ATTACHMENT_TYPE = 200;
    static final int EVIDENCE = 1_000;
    static final int PROBLEM_POSITION = 200;
    static final int PROBLEM_REASON = 4_000;
    static final int IMPORT_SOURCES = 10_000;

    private FieldLimits() {}

    /**
     * The value, or its start and an ellipsis within {@code length} characters; a character outside the Basic
     * Multilingual Plane is not split in two.
     */
    static String clip(String value, int length) {
        if (value == null || value.length() <= length) {
            return value;
        }
        int end = length - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    /**
     * The message with every field its column cannot hold cut to fit, and a warning for each.
     *
     * <p>The Message-ID is left whole: duplicates are recognised by it (its key is a hash when it is long, see {@link
     * MessageWriter#messageIdKey}), and only its column is cut, as the message is inserted.
     *
     * @param position where the message was read, which each warning names first
     */
    static ParsedMessage fit(ParsedMessage message, String position) {
        if (fits(message)) {
            return message;
        }
        List<String> warnings = new ArrayList<>(message.warnings());
        Fitting fitting = new Fitting(position, warnings);
        String messageId = message.messageId();
        if (messageId != null && messageId.length() > MESSAGE_ID) {
            fitting.warn("Message-ID", messageId.length(), MESSAGE_ID);
        }
        List<Attachment> attachments = message.attachments().stream()
                .map(attachment -> new Attachment(
                        fitting.fit("attachment name", attachment.name(), ATTACHMENT_NAME),
                        fitting.fit("attachment type", attachment.mimeType(), ATTACHMENT_TYPE),
                        attachment.size()))
                .toList();
        ParsedMessage fitted = new ParsedMessage(
                fitting.fit("list name", message.listName(), LIST_NAME),
                fitting.fit("Subject", message.subject(), SUBJECT),
                fitting.fit("sender's name", message.posterName(), POSTER_NAME),
                fitting.fit("sender's address", message.posterAddress(), POSTER_ADDRESS),
                message.sentAt(),
                fitting.fit("Date header", message.dateHeader(), DATE_HEADER),
                messageId,
                fitting.fit("In-Reply-To", message.inReplyTo(), MESSAGE_ID),
                fitting.references(message.references()),
                message.body(),
                message.raw(),
                clip(message.threadSubject(), SUBJECT),
                message.charset(),
                message.charsetChoice(),
                attachments,
                warnings);
        return fitted;
    }

    /** Whether every field fits, checked without allocating: nearly every message does. */
    private static boolean fits(ParsedMessage message) {
        for (Attachment attachment : message.attachments()) {
            if (longer(attachment.name(), ATTACHMENT_NAME) || longer(attachment.mimeType(), ATTACHMENT_TYPE)) {
                return false;
            }
        }
        int references = Math.max(0, message.references().size() - 1);
        for (String reference : message.references()) {
            references += reference.length();
        }
        return references <= REFERENCES
                && !longer(message.listName(), LIST_NAME)
                && !longer(message.subject(), SUBJECT)
                && !longer(message.threadSubject(), SUBJECT)
                && !longer(message.posterName(), POSTER_NAME)
                && !longer(message.posterAddress(), POSTER_ADDRESS)
                && !longer(message.dateHeader(), DATE_HEADER)
                && !longer(message.messageId(), MESSAGE_ID)
                && !longer(message.inReplyTo(), MESSAGE_ID);
    }

    private static boolean longer(String value, int length) {
        return value != null && value.length() > length;
    }

    /** Cuts one message's fields, noting each cut in its warnings. */
    private record Fitting(String position, List<String> warnings) {

        String fit(String field, String value, int length) {
            if (value == null || value.length() <= length) {
                return value;
            }
            warn(field, value.length(), length);
            return clip(value, length);
        }

        void warn(String field, int length, int kept) {
            warnings.add("%s: the %s is %,d characters long, cut to %,d to be stored; the original holds it whole"
                    .formatted(position, field, length, kept));
        }

        /** The newest references that fit: the nearest ancestors are the ones that place a message in its thread. */
        List<String> references(List<String> references) {
            int length = String.join("\n", references).length();
            if (length <= REFERENCES) {
                return references;
            }
            List<String> kept = new ArrayList<>();
            int keptLength = 0;
            for (int i = references.size() - 1; i >= 0; i--) {
                String reference = references.get(i);
                int added = reference.length() + (kept.isEmpty() ? 0 : 1);
                if (keptLength + added > REFERENCES) {
                    break;
                }
                kept.addFirst(reference);
                keptLength += added;
            }
            warnings.add(("%s: the References header is %,d characters long; its %,d newest ids of %,d are stored, and"
                            + " the original holds them all")
                    .formatted(position, length, kept.size(), references.size()));
            return kept;
        }
    }
}
