package org.caucus.coding.ui;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageRange;
import org.caucus.coding.PassageRejectedException;
import org.caucus.coding.StanceQualifier;

/**
 * Changes one coded passage: its span (select new text in the message while this is open), its
 * position, qualifier and memo; or deletes it. Nothing is stored until Save or Delete.
 */
class AnnotationEditor extends Dialog {

    /** Stores the change; throws {@link PassageRejectedException} with the reason when it cannot. */
    interface Saver {
        /** @param seen the passage as the editor opened it, whose version the change starts from */
        void save(Highlight seen, CodingRequest changed);
    }

    private final List<PositionChoice> codebookOrder;
    private final Paragraph passage = new Paragraph();
    private final Button useSelection = new Button("Use the text selected in the message");
    private final Span chosenPosition = new Span();
    private final PositionPicker picker;
    private final RadioButtonGroup<StanceQualifier> qualifier = CodingFields.qualifier();
    private final TextArea memo = CodingFields.memo();
    private final Span problem = CodingFields.problem();
    private Highlight editing;
    private long messageId;
    private PassageRange span;
    private PassageRange offered;
    private PositionChoice position;

    AnnotationEditor(List<PositionChoice> codebookOrder, PositionShortcuts shortcuts, Saver saver, Runnable onDelete) {
        this.codebookOrder = codebookOrder;
        setModality(ModalityMode.MODELESS);
        setDraggable(true);
        setCloseOnOutsideClick(false);
        setHeaderTitle("Edit coded passage");
        setWidth("26rem");
        // over the side panel, clear of the message, where the analyst selects the new span
        setTop("4rem");
        setLeft("calc(100vw - 27rem)");
        addClassName("annotation-editor");
        passage.addClassName("editor-passage");
        chosenPosition.addClassName("editor-position");
        useSelection.addClassName("use-selection");
        useSelection.setEnabled(false);
        useSelection.addClickListener(click -> {
            span = offered;
            passage.setText(CodingFields.quoted(span.text()));
            useSelection.setEnabled(false);
        });
        picker = new PositionPicker(codebookOrder, shortcuts, this::choose);
        Button save = new Button("Save", click -> {
            try {
                saver.save(
                        editing,
                        new CodingRequest(messageId, span, position.id(), qualifier.getValue(), memo.getValue()));
                close();
            } catch (PassageRejectedException rejected) {
                problem.setText(rejected.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button("Delete", click -> {
            onDelete.run();
            close();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> close());
        add(passage, useSelection, chosenPosition, qualifier, memo, problem, picker);
        getFooter().add(delete, cancel, save);
    }

    void edit(long messageId, Highlight highlight, String body) {
        this.messageId = messageId;
        this.editing = highlight;
        this.span = new PassageRange(
                highlight.start(), highlight.end(), body.substring(highlight.start(), highlight.end()));
        this.offered = null;
        passage.setText(CodingFields.quoted(span.text()));
        useSelection.setEnabled(false);
        codebookOrder.stream()
                .filter(p -> p.id() == highlight.positionId())
                .findFirst()
                .ifPresent(this::choose);
        qualifier.setValue(highlight.qualifier());
        memo.setValue(highlight.memo() == null ? "" : highlight.memo());
        problem.setText("");
        open();
    }

    /** A selection made in the message while the editor is open, offered as the passage's new span. */
    void offerSpan(PassageRange selected) {
        offered = selected;
        useSelection.setText("Use " + CodingFields.quoted(selected.text()));
        useSelection.setEnabled(true);
    }

    private void choose(PositionChoice chosen) {
        position = chosen;
        chosenPosition.setText("Position: " + chosen.name());
        picker.mark(chosen);
    }
}
