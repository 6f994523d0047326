package org.caucus.corpus.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Apple Mail's own file of one message ({@code .emlx}): a line giving the message's length in bytes, the message, and
 * then Apple's properties of it (flags, when it arrived) as an XML property list.
 */
final class AppleMailMessage {

    // Apple Mail pads the number with spaces to ten characters.
    private static final Pattern LENGTH_LINE = Pattern.compile("(\\d{1,10}) *\r?\n");

    private AppleMailMessage() {}

    /** The message inside the file, or why there is none. */
    sealed interface Inside {}

    record Message(byte[] bytes) implements Inside {}

    record Unreadable(String reason) implements Inside {}

    /**
     * Whether a file's first bytes start as Apple Mail's: its length line, then a header field, and Apple's properties
     * where the length says the message ends. Past the first bytes, only the name says so: a mailbox that separates
     * its messages with bare year lines ("2005") starts with a number and a header field too.
     */
    static boolean startsAs(String lowerName, byte[] head) {
        Matcher length = lengthLine(head);
        if (!length.lookingAt()) {
            return false;
        }
        String next =
                new String(head, length.end(), Math.min(head.length - length.end(), 200), StandardCharsets.ISO_8859_1);
        if (!next.matches("(?s)[!-9;-~]+:.*")) {
            return false;
        }
        long end = length.end() + Long.parseLong(length.group(1));
        return end < head.length ? propertiesAt(head, (int) end) : lowerName.endsWith(".emlx");
    }

    static Inside messageOf(byte[] file) {
        Matcher length = lengthLine(file);
        if (!length.lookingAt()) {
            return new Unreadable("it does not start with Apple Mail's line giving the message's length");
        }
        long declared = Long.parseLong(length.group(1));
        long after = file.length - length.end();
        if (declared > after) {
            return new Unreadable("Apple Mail's first line gives the message " + declared + " bytes, but only " + after
                    + " follow it: the file is cut short");
        }
        int end = length.end() + (int) declared;
        if (!propertiesAt(file, end)) {
            return new Unreadable("the " + declared + " bytes its first line gives are not followed by Apple Mail's"
                    + " properties of the message, so where the message ends is not known");
        }
        return new Message(Arrays.copyOfRange(file, length.end(), end));
    }

    private static boolean propertiesAt(byte[] bytes, int at) {
        String next =
                new String(bytes, at, Math.min(bytes.length - at, 16), StandardCharsets.ISO_8859_1).stripLeading();
        return next.startsWith("<?xml") || next.startsWith("<!DOCTYPE plist") || next.startsWith("<plist");
    }

    private static Matcher lengthLine(byte[] bytes) {
        return LENGTH_LINE.matcher(new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1));
    }
}
