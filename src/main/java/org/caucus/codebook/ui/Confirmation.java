package org.caucus.codebook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Where an editor asks before a change that loses coded passages, and says why a change was
 * refused. It asks in place rather than in a dialog, beside the thing it is about.
 */
class Confirmation extends Div {

    private final Runnable changed;

    /** @param changed told after every change that was stored */
    Confirmation(Runnable changed) {
        this.changed = changed;
        addClassName("codebook-confirmation");
    }

    /** Makes a change, or says why it was refused. */
    void act(Runnable change) {
        try {
            change.run();
            removeAll();
            changed.run();
        } catch (IllegalArgumentException refused) {
            warn(refused.getMessage());
        }
    }

    void ask(String warning, String action, Runnable change) {
        removeAll();
        Button yes = new Button(action, click -> act(change));
        yes.addClassName("codebook-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Cancel", click -> removeAll());
        add(line(warning, "codebook-warning"), new HorizontalLayout(yes, no));
    }

    void warn(String text) {
        removeAll();
        add(line(text, "codebook-error"));
    }

    private static Paragraph line(String text, String className) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        line.getStyle().set("color", "var(--lumo-error-text-color)");
        return line;
    }
}
