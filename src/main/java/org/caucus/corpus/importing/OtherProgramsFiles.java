package org.caucus.corpus.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Files that hold mail, or look as if they might, in a form Caucus does not read: Outlook's own files above all, which
 * an analyst handed a colleague's mail is likely to be given. Told by their first bytes; the refusal says what the
 * file is and how to get mail Caucus reads out of it, where "binary data" would leave the analyst guessing.
 */
final class OtherProgramsFiles {

    // Microsoft's compound file, which holds an Outlook .msg as it holds a Word .doc.
    private static final byte[] COMPOUND_FILE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] OUTLOOK_DATA_FILE = "!BDN".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private OtherProgramsFiles() {}

    /** What the file is and what to do instead, or empty when its first bytes are none of these. */
    static Optional<String> whatItIs(String lowerName, byte[] head) {
        if (startsWith(head, OUTLOOK_DATA_FILE)) {
            return Optional.of("it is an Outlook data file (.pst or .ost), which Caucus does not read; export the"
                    + " folder as mbox (readpst does, from a .pst) and import that");
        }
        if (startsWith(head, COMPOUND_FILE)) {
            return Optional.of(
                    lowerName.endsWith(".msg")
                            ? "it is an Outlook message file (.msg), which Caucus does not read; save the message as"
                                    + " .eml, or export its folder as mbox, and import that"
                            : "it is a Microsoft Office file, not mail");
        }
        if (startsWith(head, PDF)) {
            return Optional.of("it is a PDF document; import the mail itself, as mbox, .eml or the list's archive");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
