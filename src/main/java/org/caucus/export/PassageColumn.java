package org.caucus.export;

import java.util.function.Function;

/**
 * The columns of the "Coded passages" sheet and of the CSV, in order. One list for both, so that
 * a script written against the CSV reads the sheet the same way.
 */
enum PassageColumn {
    ANNOTATION_ID("Annotation id", 10, Kind.NUMBER, CodedPassage::annotationId),
    DATE("Date", 17, Kind.DATE, CodedPassage::sentAt),
    LIST("List", 14, Kind.TEXT, CodedPassage::list),
    THREAD("Thread", 36, Kind.TEXT, CodedPassage::thread),
    LINK("Link", 9, Kind.LINK, CodedPassage::link),
    POSTER("Poster", 20, Kind.TEXT, CodedPassage::poster),
    SPEAKER("Speaker", 20, Kind.TEXT, CodedPassage::speakerName),
    ORGANISATION("Organisation", 20, Kind.TEXT, CodedPassage::organisation),
    STAKEHOLDER_GROUP("Stakeholder group", 16, Kind.TEXT, CodedPassage::stakeholderGroup),
    COUNTRY("Country", 12, Kind.TEXT, CodedPassage::country),
    ISSUE("Issue", 32, Kind.TEXT, CodedPassage::issue),
    POSITION("Position", 32, Kind.TEXT, CodedPassage::positionName),
    QUALIFIER("Qualifier", 10, Kind.TEXT, CodedPassage::qualifier),
    PASSAGE("Passage", 60, Kind.TEXT, CodedPassage::passage),
    CONTEXT_BEFORE("Context before", 40, Kind.TEXT, CodedPassage::contextBefore),
    CONTEXT_AFTER("Context after", 40, Kind.TEXT, CodedPassage::contextAfter),
    ORIGIN_MESSAGE("Origin message (when quoted)", 32, Kind.TEXT, CodedPassage::originMessage),
    STATEMENT("Statement", 14, Kind.TEXT, CodedPassage::statementKey),
    CODER("Coder", 12, Kind.TEXT, CodedPassage::coder),
    MEMO("Memo", 40, Kind.TEXT, CodedPassage::memo),
    CODED_AT("Coded at (UTC)", 17, Kind.DATE, CodedPassage::codedAt);

    /** How a value is typed in a cell. */
    enum Kind {
        NUMBER,
        DATE,
        TEXT,
        LINK
    }

    final String header;
    final int width;
    final Kind kind;
    final Function<CodedPassage, Object> value;

    PassageColumn(String header, int width, Kind kind, Function<CodedPassage, Object> value) {
        this.header = header;
        this.width = width;
        this.kind = kind;
        this.value = value;
    }
}
