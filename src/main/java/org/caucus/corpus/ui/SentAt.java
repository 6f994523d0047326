package org.caucus.corpus.ui;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the message list and the thread tree show when a message was sent: in UTC, as their date filters count days, so
 * that rows in date order read in order; the sender's own clock is the cell's tooltip.
 */
final class SentAt {

    static final String HEADER = "Sent (UTC)";

    private static final DateTimeFormatter IN_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter AS_SENT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm xxx", Locale.ENGLISH);

    private SentAt() {}

    static String format(OffsetDateTime sentAt) {
        return sentAt == null ? "" : IN_UTC.format(sentAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The time by the sender's clock, with its offset from UTC, as the Date header gave it. */
    static String bySendersClock(OffsetDateTime sentAt) {
        return sentAt == null ? "The Date header gave no date" : "Sender's clock: " + AS_SENT.format(sentAt);
    }
}
