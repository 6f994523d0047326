package org.caucus.network.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.caucus.network.NetworkNode;
import org.caucus.network.NodePassage;
import org.caucus.shared.Counted;

/** The coded passages behind the node an analyst clicked, each with a link to read it in its message. */
class PassageList extends Div {

    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    PassageList() {
        addClassName("node-passages");
        getStyle().set("overflow-y", "auto");
        clear();
    }

    void clear() {
        removeAll();
        add(new Paragraph("Click a node to see the passages behind it."));
    }

    /** @param limit how many passages were asked for: a full list may have more behind it */
    void show(NetworkNode node, List<NodePassage> passages, int limit) {
        removeAll();
        add(new H3(node.name()));
        String count =
                passages.size() == limit ? "The first " + limit + " passages" : Counted.of(passages.size(), "passage");
        add(new Paragraph(count + " in the filters above."));
        passages.forEach(passage -> add(item(passage)));
    }

    private static Div item(NodePassage passage) {
        Div item = new Div();
        item.addClassName("node-passage");
        item.getStyle()
                .set("border-top", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s) 0");
        Span when = new Span(
                (passage.sentAt() == null ? "undated" : SENT_AT.format(passage.sentAt())) + " · " + passage.subject());
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div stance = new Div(new Span((passage.speaker() == null ? "Unknown speaker" : passage.speaker()) + " "
                + passage.qualifier().label() + " “" + passage.position() + "”"));
        stance.getStyle().set("font-weight", "500");
        Paragraph text = new Paragraph(passage.passage());
        text.getStyle().set("margin", "var(--lumo-space-xs) 0").set("font-style", "italic");
        Anchor read = new Anchor("messages/" + passage.messageId(), "Read in its message");
        read.addClassName("read-passage");
        item.add(when, stance, text, read);
        return item;
    }
}
