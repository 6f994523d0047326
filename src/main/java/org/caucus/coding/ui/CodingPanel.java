package org.caucus.coding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.Function;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageRange;
import org.caucus.coding.PassageRejectedException;
import org.caucus.coding.StanceQualifier;

/** The side panel where a selected passage gets its position, qualifier and memo. */
class CodingPanel extends VerticalLayout {

    private final long messageId;
    private final Function<CodingRequest, Highlight> coder;
    private final Runnable onCoded;
    private final Paragraph passage = new Paragraph("Select text in the message to code it.");
    private final Select<PositionChoice> position = new Select<>();
    private final RadioButtonGroup<StanceQualifier> qualifier = new RadioButtonGroup<>("Qualifier");
    private final TextArea memo = new TextArea("Memo");
    private final Button codeButton = new Button("Code passage");
    private final Span problem = new Span();
    private PassageRange selection;

    CodingPanel(
            List<PositionChoice> positions,
            Function<CodingRequest, Highlight> coder,
            Runnable onCoded,
            long messageId) {
        this.messageId = messageId;
        this.coder = coder;
        this.onCoded = onCoded;
        setWidth("20rem");
        addClassName("coding-panel");
        // stays in view while the coder scrolls through a long message
        getStyle().set("position", "sticky").set("top", "0").set("flex-shrink", "0");

        passage.addClassName("selected-passage");
        position.setLabel("Position");
        position.setItems(positions);
        position.setItemLabelGenerator(PositionChoice::name);
        position.setRenderer(new ComponentRenderer<>(CodingPanel::positionLabel));
        position.setWidthFull();
        position.setPlaceholder("Choose a position");
        qualifier.setItems(StanceQualifier.values());
        qualifier.setItemLabelGenerator(StanceQualifier::label);
        qualifier.setValue(StanceQualifier.SUPPORTS);
        memo.setWidthFull();
        problem.addClassName("coding-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        codeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        codeButton.setEnabled(false);
        codeButton.addClickListener(click -> codeSelection());

        add(new H3("Code a passage"), passage, position, qualifier, memo, codeButton, problem);
    }

    void select(int start, int end, String text) {
        selection = new PassageRange(start, end, text);
        passage.setText("“" + text + "”");
        problem.setText("");
        codeButton.setEnabled(true);
    }

    private void codeSelection() {
        if (position.getValue() == null) {
            problem.setText("Choose a position first.");
            return;
        }
        try {
            Highlight coded = coder.apply(new CodingRequest(
                    messageId, selection, position.getValue().id(), qualifier.getValue(), memo.getValue()));
            onCoded.run();
            Notification.show(label(coded), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            selection = null;
            passage.setText("Select text in the message to code it.");
            memo.clear();
            codeButton.setEnabled(false);
        } catch (PassageRejectedException rejected) {
            problem.setText(rejected.getMessage());
        }
    }

    private static String label(Highlight coded) {
        String speaker = coded.speaker() == null ? "An unknown speaker" : coded.speaker();
        return "Coded: " + speaker + " " + coded.qualifier().label() + " “" + coded.position() + "”";
    }

    private static Div positionLabel(PositionChoice choice) {
        Span swatch = new Span();
        swatch.addClassName("position-swatch");
        swatch.getStyle().set("background", choice.colour());
        Span issue = new Span(choice.issue());
        issue.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)");
        issue.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(issue, swatch, new Span(choice.name()));
    }
}
