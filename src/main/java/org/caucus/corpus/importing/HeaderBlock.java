package org.caucus.corpus.importing;

import static org.apache.james.mime4j.codec.DecodeMonitor.SILENT;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * The header fields at the top of a message, read from its bytes. Read here rather than by mime4j so that the same
 * rules apply to pipermail archives (no MIME at all) and to MIME mail, and so that 8-bit bytes in headers, which many
 * clients sent undeclared, are kept as UTF-8 when they are, and as windows-1252 otherwise.
 *
 * @param bodyOffset where the body starts in the bytes given to {@link #parse}
 */
record HeaderBlock(List<Field> fields, int bodyOffset) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?=");

    /** One field, with folded lines joined (the line breaks removed, the whitespace kept). */
    record Field(String name, String value) {}

    /** Reads fields from {@code from} up to the first blank line (or the end). */
    static HeaderBlock parse(byte[] bytes, int from) {
        List<Field> fields = new ArrayList<>();
        int position = from;
        StringBuilder current = null;
        String currentName = null;
        while (position < bytes.length) {
            int end = position;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, bytes.length);
            int contentEnd = end > position && bytes[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd == position) {
                position = next;
                break;
            }
            String line = text(bytes, position, contentEnd);
            boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            int colon = line.indexOf(':');
            if (continuation && current != null) {
                current.append(line);
            } else if (colon > 0
                    && !continuation
                    && line.substring(0, colon).strip().indexOf(' ') < 0) {
                if (current != null) {
                    fields.add(new Field(currentName, current.toString().strip()));
                }
                currentName = line.substring(0, colon).strip();
                current = new StringBuilder(line.substring(colon + 1));
            } else {
                // Not a header line: the headers ended without the blank line (seen in broken exports).
                break;
            }
            position = next;
        }
        if (current != null) {
            fields.add(new Field(currentName, current.toString().strip()));
        }
        return new HeaderBlock(List.copyOf(fields), position);
    }

    /** The first field of that name, as written (encoded words still encoded), or null. */
    String raw(String name) {
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return field.value();
            }
        }
        return null;
    }

    /**
     * The first field of that name with RFC 2047 encoded words decoded, or null. A word that cannot be decoded is
     * named in {@code problems}.
     */
    String decoded(String name, List<String> problems) {
        String raw = raw(name);
        return raw == null ? null : decodeWords(raw, name, problems);
    }

    boolean has(String name) {
        return raw(name) != null;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** @param field the header's name, for the problem a word that cannot be decoded makes */
    static String decodeWords(String text, String field, List<String> problems) {
        if (!text.contains("=?")) {
            return text;
        }
        // Clients often fold inside a run of encoded words; RFC 2047 says the whitespace between them goes, and mime4j
        // also joins the bytes of a character split over two of them. But it drops that whitespace beside a word it
        // cannot decode and leaves as written, which then ran into its neighbour: so the runs between such words are
        // decoded apart, and the words kept with the whitespace around them.
        StringBuilder decoded = new StringBuilder(text.length());
        int runStart = 0;
        Matcher word = ENCODED_WORD.matcher(text);
        while (word.find()) {
            if (!decodes(word.group())) {
                decoded.append(DecoderUtil.decodeEncodedWords(text.substring(runStart, word.start()), SILENT))
                        .append(word.group());
                runStart = word.end();
            }
        }
        if (runStart > 0) {
            problems.add("the " + field + " header has an encoded word that could not be decoded (an unknown"
                    + " charset, or a broken encoding); compare it with the original");
        }
        return decoded.append(DecoderUtil.decodeEncodedWords(text.substring(runStart), SILENT))
                .toString();
    }

    private static boolean decodes(String encodedWord) {
        UndecodedWords undecoded = new UndecodedWords();
        DecoderUtil.decodeEncodedWords(encodedWord, undecoded);
        return !undecoded.seen;
    }

    /** Told by mime4j of each word it leaves encoded or decodes only in part. */
    private static final class UndecodedWords extends DecodeMonitor {
        private boolean seen;

        @Override
        public boolean warn(String message, String dropDescription) {
            seen = true;
            return false;
        }

        @Override
        public boolean isListening() {
            return true;
        }
    }

    private static String text(byte[] bytes, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, from, to - from, WINDOWS_1252);
        }
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
