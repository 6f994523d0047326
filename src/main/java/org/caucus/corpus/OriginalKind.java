package org.caucus.corpus;

import java.util.Arrays;
import org.caucus.corpus.importing.FormatSniffer;

/**
 * What a message's original is, so that a download of it opens in the right program: a mail message (from an archive
 * or a mail file), Apple Mail's file of one message, a saved archive page, or the text of a page pasted in.
 */
public enum OriginalKind {
    MAIL(".eml", "message/rfc822"),
    APPLE_MAIL(".emlx", "message/rfc822"),
    PAGE(".html", "text/html"),
    TEXT(".txt", "text/plain");

    private final String extension;
    private final String mimeType;

    OriginalKind(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    /**
     * Told by the importer's own sniffer, from the original's first bytes; Apple Mail's file from all of them, since
     * only its end shows where its message ends.
     */
    public static OriginalKind of(byte[] original) {
        if (FormatSniffer.isAppleMail(original)) {
            return APPLE_MAIL;
        }
        byte[] head = Arrays.copyOf(original, Math.min(original.length, FormatSniffer.HEAD_BYTES));
        return switch (FormatSniffer.sniff("original", head).format()) {
            case PIPERMAIL_TEXT, MBOX, EML -> MAIL;
            case PIPERMAIL_HTML -> PAGE;
            default -> TEXT;
        };
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }
}
