package org.caucus.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the format of a source from its first bytes (the name only breaks ties), and says in words why a source is
 * not mail at all.
 */
public final class FormatSniffer {

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD_BYTES = 16 * 1024;

    /** The formats Caucus reads. */
    public enum MailFormat {
        PIPERMAIL_TEXT,
        MBOX,
        EML,
        /** Apple Mail's file of one message, {@code .emlx}. */
        APPLE_MAIL,
        PIPERMAIL_HTML,
        GZIP,
        ZIP,
        NOT_MAIL
    }

    /**
     * What the sniffer decided.
     *
     * @param reason for {@link MailFormat#NOT_MAIL}, why (naming the source); otherwise null
     */
    public record Sniffed(MailFormat format, String reason) {}

    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+:.*");
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "^(from|date|subject|message-id|received|mime-version):", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern YEAR_LINE = Pattern.compile("^\\d{4}$");

    private FormatSniffer() {}

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b;
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5);
    }

    /**
     * The first bytes of a file on disk, enough to tell a .gz or a .zip; none when it cannot be read (reading it says
     * why).
     */
    static byte[] magic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static boolean startsWithUtf8Bom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    /** Whether a whole file is Apple Mail's file of one message, however long the message. */
    public static boolean isAppleMail(byte[] file) {
        return AppleMailMessage.messageOf(file) instanceof AppleMailMessage.Message;
    }

    public static Sniffed sniff(String name, byte[] head) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (isGzip(head)) {
            return new Sniffed(MailFormat.GZIP, null);
        }
        if (isZip(head)) {
            return new Sniffed(MailFormat.ZIP, null);
        }
        if (head.length == 0) {
            return notMail(name, "the file is empty");
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return notMail(name, "it is a PNG image");
        }
        Optional<String> otherProgram = OtherProgramsFiles.whatItIs(lowerName, head);
        if (otherProgram.isPresent()) {
            return notMail(name, otherProgram.get());
        }
        if (looksBinary(head)) {
            return notMail(name, "it holds binary data, not text");
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.indexOf('\r') >= 0 && text.indexOf('\n') < 0) {
            // Read line by line, such a file is one long line: its first message would be reported empty.
            return notMail(
                    name,
                    "its lines end with a carriage return alone, as classic Mac OS wrote them; save it with LF or"
                            + " CRLF line ends and import it again");
        }
        if (startsWithUtf8Bom(head)) {
            text = text.substring(3);
        }
        if (AppleMailMessage.startsAs(lowerName, head)) {
            return new Sniffed(MailFormat.APPLE_MAIL, null);
        }
        String body = text.stripLeading();
        String firstLine = firstLine(body);
        if (PipermailArchiveReader.startsArchive(body.getBytes(StandardCharsets.ISO_8859_1), 0)) {
            return new Sniffed(MailFormat.PIPERMAIL_TEXT, null);
        }
        if (firstLine.startsWith("From ") || firstLine.equals("\u0001\u0001\u0001\u0001")) {
            return new Sniffed(MailFormat.MBOX, null);
        }
        String lowerStart = body.substring(0, Math.min(body.length(), 512)).toLowerCase(Locale.ROOT);
        // A message sent as HTML alone has its page's head a few header lines down: a page starts with its markup.
        boolean startsWithHeader = HEADER_LINE.matcher(firstLine).matches();
        if (lowerStart.startsWith("<!doctype html")
                || lowerStart.startsWith("<html")
                || (!startsWithHeader && lowerStart.contains("<head"))) {
            return new Sniffed(MailFormat.PIPERMAIL_HTML, null);
        }
        if (YEAR_LINE.matcher(firstLine).matches()) {
            return notMail(
                    name,
                    "its messages are separated by bare year lines ('" + firstLine
                            + "'), a mailbox format Caucus does not read; export it as mbox");
        }
        if (startsWithHeader && MAIL_HEADER.matcher(text).find()) {
            if (!lowerName.endsWith(".eml") && UnseparatedMessages.holdSeveral(body)) {
                return notMail(
                        name,
                        "it holds several messages with no 'From ' separator lines between them, so they cannot be"
                                + " told apart safely; export it as mbox");
            }
            return new Sniffed(MailFormat.EML, null);
        }
        return notMail(name, "it does not start with a 'From ' line, a mail header or an HTML page");
    }

    private static Sniffed notMail(String name, String why) {
        return new Sniffed(MailFormat.NOT_MAIL, name + ": not a mail archive: " + why);
    }

    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 1 && b != 0x1b) {
                control++;
            }
        }
        return control > head.length / 20;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).stripTrailing();
    }
}
