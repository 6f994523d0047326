package org.caucus.coding.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.caucus.coding.StanceQualifier;

/** The fields that coding a passage and editing one share, so both read the same. */
final class CodingFields {

    private CodingFields() {}

    static RadioButtonGroup<StanceQualifier> qualifier() {
        RadioButtonGroup<StanceQualifier> qualifier = new RadioButtonGroup<>("Qualifier");
        qualifier.setItems(StanceQualifier.values());
        qualifier.setItemLabelGenerator(q -> q.label() + " (" + q.label().charAt(0) + ")");
        qualifier.setValue(StanceQualifier.SUPPORTS);
        qualifier.addClassName("qualifier-choice");
        return qualifier;
    }

    static TextArea memo() {
        TextArea memo = new TextArea("Memo");
        memo.setPlaceholder("Optional note on this passage");
        memo.setWidthFull();
        memo.setMaxLength(10_000);
        memo.addClassName("memo-field");
        return memo;
    }

    static Span problem() {
        Span problem = new Span();
        problem.addClassName("coding-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        return problem;
    }

    static String quoted(String passage) {
        String oneLine = passage.replaceAll("\\s+", " ").strip();
        return "“" + (oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 119) + "…") + "”";
    }
}
