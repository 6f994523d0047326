package org.caucus.analysis.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.caucus.analysis.PassageLink;

/** The passages behind a number: who said it, where and when, with a link to the reader at the passage. */
class PassageList extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    PassageList() {
        addClassName("passage-list");
    }

    void show(String heading, List<PassageLink> passages) {
        removeAll();
        add(new H3(heading));
        passages.forEach(passage -> add(item(passage)));
    }

    static Div item(PassageLink passage) {
        Span who = new Span((passage.speaker() == null ? "unknown speaker" : passage.speaker()) + " "
                + passage.qualifier().label() + " · "
                + (passage.sentAt() == null ? "undated" : DAY.format(passage.sentAt())) + " · ");
        Anchor message = new Anchor(passage.readerPath(), passage.subject());
        message.addClassName("passage-link");
        Div text = new Div("“" + passage.passage() + "”");
        text.addClassName("passage-text");
        Div item = new Div(new Div(who, message), text);
        if (passage.occurrences() > 1) {
            Span quoted = new Span("one statement, coded " + passage.occurrences() + " times with its quotes");
            quoted.addClassName("passage-occurrences");
            item.add(quoted);
        }
        item.addClassName("passage-item");
        return item;
    }
}
