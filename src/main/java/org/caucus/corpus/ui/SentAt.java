package org.caucus.corpus.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How the message list and the thread tree show when a message was sent: at the sender's own offset. */
final class SentAt {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private SentAt() {}

    static String format(OffsetDateTime sentAt) {
        return sentAt == null ? "" : FORMAT.format(sentAt);
    }
}
