package org.caucus.corpus.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one archived pipermail (Mailman 2) message page, as saved from the list archive:
 *
 * <pre>
 * [bestbits] Subject of the message
 *
 * parminder parminder at itforchange.net
 * Wed Nov 13 01:51:13 EST 2013
 *
 * Body ...
 * </pre>
 *
 * <p>The page carries no message ids, so the result has none; threads are rebuilt from other sources.
 */
public final class PipermailPageReader {

    private static final int QUOTE_LENGTH = 60;

    private static final String SUBJECT_EXAMPLE =
            "the subject line of a pipermail message page, like '[bestbits] Subject'";
    private static final String AUTHOR_EXAMPLE =
            "the author line of a pipermail message page, like 'parminder  parminder at itforchange.net'";
    private static final String DATE_EXAMPLE =
            "the date line of a pipermail message page, like 'Wed Nov 13 01:51:13 EST 2013'";

    // Mailman puts the list tag first, but replies written by hand sometimes carry "Re:" in front of it.
    private static final Pattern SUBJECT =
            Pattern.compile("^(?:(?:re|fwd?|aw)\\s*:\\s*)*\\[([^\\]]+)\\].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile("^(.*?)\\s+(\\S+)\\s+at\\s+(\\S+)$");
    private static final Pattern DATE =
            Pattern.compile("^(\\S+\\s+\\S+\\s+\\d{1,2}\\s+\\d{2}:\\d{2}:\\d{2})\\s+(\\S+)\\s+(\\d{4})$");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("^[+-]\\d{2}:?\\d{2}$");
    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH);

    /**
     * Reads one page.
     *
     * @param sourceName how the analyst knows the file, used in error messages
     * @param bytes the file as read; kept unchanged as {@link ParsedMessage#raw()}
     * @throws MalformedPageException if the bytes are not the UTF-8 text of a pipermail message page
     */
    public ParsedMessage read(String sourceName, byte[] bytes) {
        List<String> lines = normalisedText(sourceName, bytes).lines().toList();
        if (lines.isEmpty()) {
            throw new MalformedPageException(sourceName, 1, SUBJECT_EXAMPLE, "an empty file");
        }
        String subjectLine = lines.get(0);
        Matcher subject = SUBJECT.matcher(subjectLine);
        if (!subject.matches()) {
            throw new MalformedPageException(sourceName, 1, SUBJECT_EXAMPLE, describe(subjectLine));
        }

        int authorIndex = firstNonBlank(lines, 1);
        Matcher author = AUTHOR.matcher(
                lineAt(sourceName, lines, authorIndex, AUTHOR_EXAMPLE).strip());
        if (!author.matches()) {
            throw new MalformedPageException(
                    sourceName, authorIndex + 1, AUTHOR_EXAMPLE, describe(lines.get(authorIndex)));
        }
        String posterName = author.group(1).strip().replaceAll("\\s+", " ");
        String posterAddress = author.group(2) + "@" + author.group(3);

        int dateIndex = authorIndex + 1;
        String dateHeader = lineAt(sourceName, lines, dateIndex, DATE_EXAMPLE);
        OffsetDateTime sentAt = parseDate(sourceName, dateIndex + 1, dateHeader);

        String body = BodyText.normalise(String.join("\n", lines.subList(dateIndex + 1, lines.size())));
        if (body.isEmpty()) {
            throw new MalformedPageException(
                    sourceName,
                    dateIndex + 2,
                    "the message body after the date line",
                    "no text before the end of the file");
        }
        return new ParsedMessage(
                subject.group(1).strip(),
                subjectLine.strip(),
                posterName,
                posterAddress,
                sentAt,
                dateHeader,
                null,
                null,
                List.of(),
                body,
                bytes,
                MessageAssembler.threadSubject(subjectLine.strip()),
                "UTF-8",
                CharsetChoice.DEFAULT,
                List.of(),
                List.of());
    }

    private static String normalisedText(String sourceName, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new MalformedPageException(
                        sourceName, lineOfByte(bytes, i), "text", "a NUL byte, so this looks like a binary file");
            }
        }
        String text = decodeStrictly(sourceName, bytes);
        // Editors on Windows save a byte-order mark that would otherwise stick to the list tag.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Annotations point into the body by offset, so the same page must always give the same characters.
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    }

    private static String decodeStrictly(String sourceName, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new MalformedPageException(
                    sourceName,
                    lineOfByte(bytes, offset),
                    "UTF-8 text",
                    "a byte that is not valid UTF-8 (0x%02X at byte %d of the file)"
                            .formatted(bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
            if (bytes[i] == '\n' || (bytes[i] == '\r' && !crlf)) {
                line++;
            }
        }
        return line;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        int index = from;
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++;
        }
        return index;
    }

    private static String lineAt(String sourceName, List<String> lines, int index, String expected) {
        if (index >= lines.size()) {
            throw new MalformedPageException(sourceName, index + 1, expected, "the end of the file");
        }
        return lines.get(index);
    }

    private static OffsetDateTime parseDate(String sourceName, int lineNumber, String line) {
        Matcher date = DATE.matcher(line.strip().replaceAll("\\s+", " "));
        ZoneOffset offset = date.matches() ? offsetOf(date.group(2)) : null;
        if (offset == null) {
            throw new MalformedPageException(sourceName, lineNumber, DATE_EXAMPLE, describe(line));
        }
        try {
            return LocalDateTime.parse(date.group(1) + " " + date.group(3), CTIME)
                    .atOffset(offset);
        } catch (DateTimeException e) {
            throw new MalformedPageException(sourceName, lineNumber, DATE_EXAMPLE, describe(line));
        }
    }

    private static ZoneOffset offsetOf(String zone) {
        if (!NUMERIC_OFFSET.matcher(zone).matches()) {
            return MailDates.ZONE_ABBREVIATIONS.get(zone.toUpperCase(Locale.ROOT));
        }
        try {
            return ZoneOffset.of(zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String describe(String line) {
        if (line.isBlank()) {
            return "a blank line";
        }
        String shown = line.strip();
        return "'" + (shown.length() > QUOTE_LENGTH ? shown.substring(0, QUOTE_LENGTH - 3) + "..." : shown) + "'";
    }
}
