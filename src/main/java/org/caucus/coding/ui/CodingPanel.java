package org.caucus.coding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
    private final Div focusedActions = new Div();

    CodingPanel(Actions actions) {
        setWidth("20rem");
        addClassName("coding-panel");
        // stays in view while the coder scrolls through a long message
        getStyle().set("position", "sticky").set("top", "0").set("flex-shrink", "0");
        selected.addClassName("selected-passage");
        keyQualifier.addClassName("keyboard-qualifier");
        focused.addClassName("focused-passage");
        Button edit = small("Edit (e)", actions::edit);
        Button delete = small("Delete", actions::delete);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        focusedActions.add(edit, delete);
        Div history = new Div(
                small("Undo", actions::undo), small("Redo", actions::redo), small("History", actions::showHistory));
        Div moves = new Div(
                small("Next uncoded (u)", actions::nextUncoded), small("Shortcuts (?)", actions::showShortcuts));
        add(new H3("Coding"), selected, keyQualifier, focused, focusedActions, history, moves);
        showKeyQualifier(StanceQualifier.SUPPORTS);
        showFocused(null);
    }

    void showSelected(String text) {
        selected.setText(text == null ? "Select text in the message to code it." : CodingFields.quoted(text));
    }

    void showKeyQualifier(StanceQualifier qualifier) {
        keyQualifier.setText("Digit keys code as: " + qualifier.label());
    }

    void showFocused(Highlight highlight) {
        if (highlight == null) {
            focused.setText("Click a coded passage to edit or delete it.");
            focusedActions.setVisible(false);
            return;
        }
        String speaker = highlight.speaker() == null ? "unknown speaker" : highlight.speaker();
        focused.setText("In focus: " + speaker + " " + highlight.qualifier().label() + " “" + highlight.position() + "”"
                + (highlight.memo() == null ? "" : " — " + highlight.memo()));
        focusedActions.setVisible(true);
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
