package org.caucus.coding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caucus.coding.Highlight;
import org.caucus.coding.StanceQualifier;

/**
 * The side panel beside the message: what is selected, which passage is in focus, the qualifier the
 * keys code with, and the buttons for what the keyboard also does.
 */
class CodingPanel extends VerticalLayout {

    /** What the panel's buttons ask the reader to do. */
    interface Actions {
        void edit();

        void delete();

        void undo();

        void redo();

        void nextUncoded();

        void showShortcuts();

        void showHistory();
    }

    private final Paragraph selected = new Paragraph("Select text in the message to code it.");
    private final Span keyQualifier = new Span();
    private final Paragraph focused = new Paragraph();
    private final Paragraph coders = new Paragraph();
    private boolean severalCoders;
    private final Div focusedActions = new Div();

    CodingPanel(Actions actions) {
        setWidth("20rem");
        addClassName("coding-panel");
        // stays in view while the coder scrolls through a long message
        getStyle().set("position", "sticky").set("top", "0").set("flex-shrink", "0");
        selected.addClassName("selected-passage");
        keyQualifier.addClassName("keyboard-qualifier");
        focused.addClassName("focused-passage");
        coders.addClassName("message-coders");
        Button edit = small("Edit (e)", actions::edit);
        Button delete = small("Delete", actions::delete);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        focusedActions.add(edit, delete);
        Div history = new Div(
                small("Undo", actions::undo), small("Redo", actions::redo), small("History", actions::showHistory));
        Div moves = new Div(
                small("Next uncoded (u)", actions::nextUncoded), small("Shortcuts (?)", actions::showShortcuts));
        add(new H3("Coding"), selected, keyQualifier, focused, focusedActions, coders, history, moves);
        showKeyQualifier(StanceQualifier.SUPPORTS);
        showFocused(null);
    }

    void showSelected(String text) {
        selected.setText(text == null ? "Select text in the message to code it." : CodingFields.quoted(text));
    }

    void showKeyQualifier(StanceQualifier qualifier) {
        keyQualifier.setText("Digit keys code as: " + qualifier.label());
    }

    /**
     * Says who coded the message's passages when more than one coder did, so that a passage is read
     * as one coder's reading; {@code blindNote} says why only the coder's own passages show, if so.
     */
    void showCoders(List<Highlight> highlights, String blindNote) {
        Map<String, Long> byCoder = highlights.stream()
                .collect(Collectors.groupingBy(Highlight::coder, TreeMap::new, Collectors.counting()));
        severalCoders = byCoder.size() > 1;
        String counted = byCoder.entrySet().stream()
                .map(coder -> coder.getKey() + " (" + coder.getValue() + ")")
                .collect(Collectors.joining(", "));
        if (blindNote != null) {
            coders.setText(blindNote);
        } else {
            coders.setText(severalCoders ? "Coded here by " + counted + "." : "");
        }
        coders.setVisible(blindNote != null || severalCoders);
    }

    void showFocused(Highlight highlight) {
        if (highlight == null) {
            focused.setText("Click a coded passage to edit or delete it.");
            focusedActions.setVisible(false);
            return;
        }
        String speaker = highlight.speaker() == null ? "unknown speaker" : highlight.speaker();
        focused.setText("In focus: " + speaker + " " + highlight.qualifier().label() + " “" + highlight.position() + "”"
                + (severalCoders ? ", coded by " + highlight.coder() : "")
                + (highlight.memo() == null ? "" : " — " + highlight.memo()));
        focusedActions.setVisible(true);
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
