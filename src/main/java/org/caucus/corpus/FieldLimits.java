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
        Fitting fitting = new Fitting(position);
        String messageId = fitting.storable(message.messageId());
        if (messageId != null && messageId.length() > MESSAGE_ID) {
            fitting.cut("Message-ID", messageId.length(), MESSAGE_ID);
        }
        List<Attachment> attachments = fitting.attachments(message.attachments());
        String listName = fitting.fit("list name", message.listName(), LIST_NAME);
        String subject = fitting.fit("Subject", message.subject(), SUBJECT);
        String posterName = fitting.fit("sender's name", message.posterName(), POSTER_NAME);
        String posterAddress = fitting.fit("sender's address", message.posterAddress(), POSTER_ADDRESS);
        String dateHeader = fitting.fit("Date header", message.dateHeader(), DATE_HEADER);
        String inReplyTo = fitting.fit("In-Reply-To", message.inReplyTo(), MESSAGE_ID);
        List<String> references = fitting.references(message.references());
        String body = fitting.fit("body", message.body(), BODY);
        if (!fitting.changedAny()) {
            // Nearly every message: the thread subject is a part of the subject, so it fits when the subject does.
            return message;
        }
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
                fitting.warnings(message.warnings()));
    }

    /**
     * Makes one message's fields storable, noting each change. A field that can be stored as it is comes back as the
     * same object, and nothing is allocated until something has to change.
     */
    private static final class Fitting {

        private final String position;
        private final List<String> cuts = new ArrayList<>(0);
        private int nuls;

        Fitting(String position) {
            this.position = position;
        }

        boolean changedAny() {
            return nuls > 0 || !cuts.isEmpty();
        }

        /** The reader's warnings, then the cuts, then the NUL characters replaced. */
        List<String> warnings(List<String> reader) {
            List<String> warnings = new ArrayList<>(reader);
            warnings.addAll(cuts);
            if (nuls > 0) {
                warnings.add("%s: %,d NUL %s, which the database cannot store, %s stored as \uFFFD"
                        .formatted(position, nuls, nuls == 1 ? "character" : "characters", nuls == 1 ? "is" : "are"));
            }
            return warnings;
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
            cuts.add("%s: the %s is %,d characters long, cut to %,d to be stored; the original holds it whole"
                    .formatted(position, field, length, kept));
        }

        List<Attachment> attachments(List<Attachment> attachments) {
            if (attachments.isEmpty()) {
                return attachments;
            }
            return attachments.stream()
                    .map(attachment -> new Attachment(
                            fit("attachment name", attachment.name(), ATTACHMENT_NAME),
                            fit("attachment type", attachment.mimeType(), ATTACHMENT_TYPE),
                            attachment.size()))
                    .toList();
        }

        /** The newest references that fit: the nearest ancestors are the ones that place a message in its thread. */
        List<String> references(List<String> references) {
            int length = Math.max(0, references.size() - 1);
            boolean withNul = false;
            boolean longId = false;
            for (String reference : references) {
                length += reference.length();
                withNul |= reference.indexOf(NUL) >= 0;
                longId |= reference.length() > MESSAGE_ID;
            }
            if (length <= REFERENCES && !withNul && !longId) {
                return references;
            }
            // An id is cut as a Message-ID is stored, so that threads rebuilt from the tables still find its message.
            List<String> storable = references.stream()
                    .map(reference -> fit("id in the References", reference, MESSAGE_ID))
                    .toList();
            if (length <= REFERENCES) {
                return storable;
            }
            List<String> kept = new ArrayList<>();
            int keptLength = 0;
            for (int i = storable.size() - 1; i >= 0; i--) {
                String reference = storable.get(i);
                int added = reference.length() + (kept.isEmpty() ? 0 : 1);
                if (keptLength + added > REFERENCES) {
                    break;
                }
                kept.addFirst(reference);
                keptLength += added;
            }
            cuts.add(("%s: the References header is %,d characters long; its %,d newest ids of %,d are stored, and"
                            + " the original holds them all")
                    .formatted(position, length, kept.size(), references.size()));
            return kept;
        }
    }
}
