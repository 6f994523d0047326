package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import org.caucus.corpus.importing.Attachment;
import org.caucus.corpus.importing.ParsedMessage;

/**
 * What the tables can hold of a message's fields: the lengths the schema gives them, and no NUL character, which
 * PostgreSQL's text cannot store and which a message's bytes may decode to anywhere (quoted-printable {@code =00}).
 * A mail header may be as long as its sender likes; one that outgrew its column once stopped the whole import, as did
 * a NUL on a team server. Now such a field is made to fit with a warning that says how, and the message's original
 * bytes still hold it whole.
 */
final class FieldLimits {

    static final int LIST_NAME = 200;
    static final int SUBJECT = 2_000;
    static final int POSTER_NAME = 300;
    static final int POSTER_ADDRESS = 320;
    static final int DATE_HEADER = 300;
    static final int MESSAGE_ID = 1_000;
    static final int REFERENCES = 100_000;
    // A message may be up to 64 MB (MailSources): a log pasted into a post can outgrow the body's column.
    static final int BODY = 10_000_000;
    static final int SOURCE_NAME = 1_000;
    static final int ATTACHMENT_NAME = 1_000;
    static final int ATTACHMENT_TYPE = 200;
    static final int EVIDENCE = 1_000;
    static final int PROBLEM_POSITION = 200;
    static final int PROBLEM_REASON = 4_000;
    static final int IMPORT_SOURCES = 10_000;

    private static final char NUL = '\0';
    private static final char REPLACEMENT = '\uFFFD';

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

    /** The value with each NUL character replaced by U+FFFD, which keeps every offset into it. */
    static String withoutNul(String value) {
        return value == null || value.indexOf(NUL) < 0 ? value : value.replace(NUL, REPLACEMENT);
    }

    /**
     * The message with every field made storable: NUL characters replaced, and what its column cannot hold cut, with
     * a warning for each.
     *
     * <p>The Message-ID keeps its length: duplicates are recognised by it (its key is a hash when it is long, see
     * {@link MessageWriter#messageIdKey}), and only its column is cut, as the message is inserted.
     *
     * @param position where the message was read, which each warning names first
     */
    static ParsedMessage fit(ParsedMessage message, String position) {
        if (fits(message)) {
            return message;
        }
        List<String> warnings = new ArrayList<>(message.warnings());
        Fitting fitting = new Fitting(position, warnings);
        String messageId = fitting.storable(message.messageId());
        if (messageId != null && messageId.length() > MESSAGE_ID) {
            fitting.cut("Message-ID", messageId.length(), MESSAGE_ID);
        }
        List<Attachment> attachments = message.attachments().stream()
                .map(attachment -> new Attachment(
                        fitting.fit("attachment name", attachment.name(), ATTACHMENT_NAME),
                        fitting.fit("attachment type", attachment.mimeType(), ATTACHMENT_TYPE),
                        attachment.size()))
                .toList();
        String listName = fitting.fit("list name", message.listName(), LIST_NAME);
        String subject = fitting.fit("Subject", message.subject(), SUBJECT);
        String posterName = fitting.fit("sender's name", message.posterName(), POSTER_NAME);
        String posterAddress = fitting.fit("sender's address", message.posterAddress(), POSTER_ADDRESS);
        String dateHeader = fitting.fit("Date header", message.dateHeader(), DATE_HEADER);
        String inReplyTo = fitting.fit("In-Reply-To", message.inReplyTo(), MESSAGE_ID);
        List<String> references = fitting.references(
                message.references().stream().map(fitting::storable).toList());
        String body = fitting.fit("body", message.body(), BODY);
        fitting.reportNuls();
        return new ParsedMessage(
                listName,
                subject,
                posterName,
                posterAddress,
                message.sentAt(),
                dateHeader,
                messageId,
                inReplyTo,
                references,
                body,
                message.raw(),
                clip(withoutNul(message.threadSubject()), SUBJECT),
                message.charset(),
                message.charsetChoice(),
                attachments,
                warnings);
    }

    /** Whether every field can be stored as it is, checked without allocating: nearly every message can. */
    private static boolean fits(ParsedMessage message) {
        for (Attachment attachment : message.attachments()) {
            if (!fits(attachment.name(), ATTACHMENT_NAME) || !fits(attachment.mimeType(), ATTACHMENT_TYPE)) {
                return false;
            }
        }
        int references = Math.max(0, message.references().size() - 1);
        for (String reference : message.references()) {
            if (!fits(reference, REFERENCES)) {
                return false;
            }
            references += reference.length();
        }
        return references <= REFERENCES
                && fits(message.listName(), LIST_NAME)
                && fits(message.subject(), SUBJECT)
                && fits(message.threadSubject(), SUBJECT)
                && fits(message.posterName(), POSTER_NAME)
                && fits(message.posterAddress(), POSTER_ADDRESS)
                && fits(message.dateHeader(), DATE_HEADER)
                && fits(message.messageId(), MESSAGE_ID)
                && fits(message.inReplyTo(), MESSAGE_ID)
                && fits(message.body(), BODY);
    }

    private static boolean fits(String value, int length) {
        return value == null || (value.length() <= length && value.indexOf(NUL) < 0);
    }

    /** Makes one message's fields storable, noting each change in its warnings. */
    private static final class Fitting {

        private final String position;
        private final List<String> warnings;
        private int nuls;

        Fitting(String position, List<String> warnings) {
            this.position = position;
            this.warnings = warnings;
        }

        String storable(String value) {
            if (value == null || value.indexOf(NUL) < 0) {
                return value;
            }
            nuls += (int) value.chars().filter(c -> c == NUL).count();
            return withoutNul(value);
        }

        String fit(String field, String value, int length) {
            String storable = storable(value);
            if (storable == null || storable.length() <= length) {
                return storable;
            }
            cut(field, storable.length(), length);
            return clip(storable, length);
        }

        void cut(String field, int length, int kept) {
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

        void reportNuls() {
            if (nuls > 0) {
                warnings.add("%s: %,d NUL %s, which the database cannot store, %s stored as \uFFFD"
                        .formatted(position, nuls, nuls == 1 ? "character" : "characters", nuls == 1 ? "is" : "are"));
            }
        }
    }
}
