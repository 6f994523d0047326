package org.caucus.coding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.caucus.corpus.MessageReading;
import org.caucus.corpus.ThreadMessage;

/**
 * Subject, poster, date, list and the message's place in its thread. The date is shown in the
 * analyst's own time zone, with the sender's own clock in its tooltip.
 */
class MessageHeader extends Div {

    private static final DateTimeFormatter SENT_AT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter SENDER_CLOCK =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm xxx", Locale.ENGLISH);

    MessageHeader(MessageReading message, ZoneId analystZone, Optional<ThreadPlace> place) {
        addClassName("message-header");
        H2 subject = new H2(message.subject());
        subject.addClassName("message-subject");
        Span poster = new Span(message.poster() == null ? "(no poster)" : message.poster());
        poster.addClassName("message-poster");
        Span date = new Span(sentAt(message.sentAt(), message.dateHeader(), analystZone));
        date.addClassName("message-date");
        if (message.sentAt() != null) {
            date.setTitle("Sender's clock: " + SENDER_CLOCK.format(message.sentAt()));
        }
        Span list = new Span(message.listName() == null ? "" : message.listName());
        list.addClassName("message-list");
        Div meta = new Div(poster, new Span(" · "), date, new Span(" · "), list);
        meta.addClassName("message-meta");
        add(subject, meta);
        place.ifPresent(this::addThreadLinks);
    }

    static String sentAt(OffsetDateTime sentAt, String dateHeader, ZoneId analystZone) {
        if (sentAt == null) {
            return dateHeader == null ? "(no date)" : dateHeader;
        }
        return SENT_AT.format(sentAt.atZoneSameInstant(analystZone));
    }

    private void addThreadLinks(ThreadPlace place) {
        Div links = new Div();
        links.addClassName("thread-links");
        links.add(new Anchor("threads/" + place.threadId(), "Thread: " + (place.index() + 1) + " of " + place.size()));
        place.previous().ifPresent(m -> links.add(link("thread-previous", "← Previous", m)));
        place.next().ifPresent(m -> links.add(link("thread-next", "Next →", m)));
        place.parent().ifPresent(m -> links.add(link("thread-parent", "↑ In reply to " + who(m), m)));
        if (!place.replies().isEmpty()) {
            Span replies = new Span("Replies:");
            replies.addClassName("thread-replies");
            links.add(replies);
            place.replies().forEach(m -> links.add(link("thread-reply", "↳ " + who(m), m)));
        }
        add(links);
    }

    private static Anchor link(String className, String text, ThreadMessage message) {
        Anchor anchor = new Anchor("messages/" + message.id(), text);
        anchor.addClassName(className);
        anchor.setTitle(message.subject());
        return anchor;
    }

    private static String who(ThreadMessage message) {
        return message.poster() == null ? "message " + message.id() : message.poster();
    }
}
