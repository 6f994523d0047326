package org.caucus.corpus.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads one MIME message with mime4j: the body text from its text parts (HTML-only bodies through jsoup), the other
 * parts listed as attachments. Shared by the mbox and .eml readers.
 */
final class MimeMessageParser {

    /*
     * As many bytes of text as the body column holds characters. A longer text part is cut here, not after decoding,
     * so that a 60 MB body read from a 512 MB heap is not held whole three times over (bytes, text, joined text).
     */
    static final int MAX_TEXT_BYTES = 10_000_000;

    private MimeMessageParser() {}

    /**
     * Reads the message, or only its header fields when they name a message that {@code known} holds.
     *
     * @param raw the bytes to keep as the message's raw bytes (in an mbox, with the separator line)
     * @param message the message itself (without the separator, with {@code >From } unquoted)
     * @return a {@link ReadOutcome.Read}, or a {@link ReadOutcome.Duplicate} of a known message
     */
    static ReadOutcome read(SourcePosition position, String listName, byte[] raw, byte[] message, KnownMessageIds known)
            throws IOException {
        HeaderBlock headers = HeaderBlock.parse(message, 0);
        ReadOutcome.Duplicate copy = MessageAssembler.knownCopy(position, headers, known);
        return copy != null ? copy : new ReadOutcome.Read(position, parse(position, listName, raw, message, headers));
    }

    private static ParsedMessage parse(
            SourcePosition position, String listName, byte[] raw, byte[] message, HeaderBlock headers)
            throws IOException {
        List<String> problems = new ArrayList<>();
        if (headers.isEmpty()) {
            problems.add("no header lines");
        }
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        Collector collector = new Collector(problems);
        try {
            collector.walk(builder.parseMessage(new ByteArrayInputStream(message)), true);
        } catch (StackOverflowError tooDeep) {
            // mime4j reads each level of parts through the streams of the levels around it: thousands of levels (a
            // mail bomb, never a real message) overflow the stack, which unwinds cleanly to here.
            throw new IOException("its MIME parts are nested thousands of levels deep", tooDeep);
        }
        Charsets.Decoded charset = collector.firstCharset != null
                ? collector.firstCharset
                : new Charsets.Decoded("", "US-ASCII", CharsetChoice.DEFAULT);
        if (collector.text.isEmpty() && !collector.attachments.isEmpty()) {
            problems.add("no text part; only attachments");
        }
        return MessageAssembler.assemble(new MessageAssembler.Parts(
                position, headers, collector.text.toString(), raw, charset, collector.attachments, listName, problems));
    }

    private static final class Collector {
        final StringBuilder text = new StringBuilder();
        final List<Attachment> attachments = new ArrayList<>();
        final List<String> problems;
        Charsets.Decoded firstCharset;

        Collector(List<String> problems) {
            this.problems = problems;
        }

        void walk(Entity entity, boolean topLevel) throws IOException {
            Body body = entity.getBody();
            String type = HeaderBlock.lower(entity.getMimeType());
            if (body instanceof Multipart multipart) {
                List<Entity> parts = multipart.getBodyParts();
                if ("multipart/alternative".equals(type)) {
                    Entity chosen = preferred(parts);
                    if (chosen != null) {
                        walk(chosen, false);
                    }
                } else {
                    for (Entity part : parts) {
                        walk(part, false);
                    }
                }
            } else if (body instanceof Message nested) {
                attachments.add(new Attachment(subjectOf(nested), type, -1));
            } else if (body instanceof SingleBody single) {
                boolean attached = "attachment".equalsIgnoreCase(entity.getDispositionType());
                boolean textType = "text/plain".equals(type) || "text/html".equals(type);
                boolean named = entity.getFilename() != null;
                if (textType && !attached && !(named && !topLevel && text.length() > 0)) {
                    addText(entity, single, type);
                } else {
                    attachments.add(new Attachment(entity.getFilename(), type, size(single)));
                }
            }
        }

        private void addText(Entity entity, SingleBody single, String type) throws IOException {
            int room = MAX_TEXT_BYTES - text.length();
            if (room <= 0) {
                problems.add("a " + type + " part is left out: the text before it already fills the " + MAX_TEXT_BYTES
                        + " characters a body holds");
                return;
            }
            byte[] bytes;
            try (InputStream in = single.getInputStream()) {
                bytes = in.readNBytes(room);
                if (in.read() >= 0) {
                    problems.add("a " + type + " part is longer than the " + MAX_TEXT_BYTES
                            + " bytes a body holds; its beginning is kept, and the original holds it whole");
                }
            }
            String cte = entity.getContentTransferEncoding();
            if (cte != null && !cte.isBlank() && !knownEncoding(cte)) {
                problems.add(
                        "a " + type + " part has the unknown Content-Transfer-Encoding '" + cte + "'; kept undecoded");
            }
            ContentTypeField contentType = (ContentTypeField) entity.getHeader().getField("Content-Type");
            String declared = contentType == null ? null : contentType.getCharset();
            Charsets.Decoded decoded = Charsets.decode(bytes, declared, problems);
            if (firstCharset == null) {
                firstCharset = decoded;
            }
            String partText = "text/html".equals(type) ? HtmlText.of(decoded.text()) : decoded.text();
            if (partText.length() > room) {
                // HTML only: its quote markers make the text longer than the markup.
                problems.add("the text of an HTML part is longer than the " + MAX_TEXT_BYTES
                        + " characters a body holds; its beginning is kept, and the original holds it whole");
                partText = partText.substring(0, room);
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(partText);
        }

        private static Entity preferred(List<Entity> parts) {
            for (String wanted : List.of("text/plain", "text/html")) {
                for (Entity part : parts) {
                    if (wanted.equals(HeaderBlock.lower(part.getMimeType()))) {
                        return part;
                    }
                }
            }
            for (Entity part : parts) {
                if (part.getBody() instanceof Multipart) {
                    return part;
                }
            }
            return parts.isEmpty() ? null : parts.get(0);
        }

        private static boolean knownEncoding(String cte) {
            return switch (cte.strip().toLowerCase(Locale.ROOT)) {
                case "7bit", "8bit", "binary", "quoted-printable", "base64" -> true;
                default -> false;
            };
        }

        private static long size(SingleBody body) throws IOException {
            try (InputStream in = body.getInputStream()) {
                return in.transferTo(OutputStreamNull.INSTANCE);
            }
        }

        private static String subjectOf(Message message) {
            return message.getSubject();
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
