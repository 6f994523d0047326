package org.caucus.corpus;

/** What a run of a message body is, as far as who said it is concerned. */
public enum BlockRole {
    OWN_TEXT,
    QUOTE,
    ATTRIBUTION,
    SIGNATURE,
    FORWARDED_HEADER,
    ARCHIVE_FOOTER;

    /** Signatures, forwarded headers and footers are nobody's statement. */
    public boolean carriesStatements() {
        return this == OWN_TEXT || this == QUOTE || this == ATTRIBUTION;
    }
}
