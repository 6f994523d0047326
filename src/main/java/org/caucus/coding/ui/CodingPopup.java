package org.caucus.coding.ui;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.PassageRejectedException;
import org.caucus.coding.StanceQualifier;

/**
 * Opens beside a passage the analyst has just selected. Picking a position codes it with the chosen
 * qualifier and memo; the popup stays open with the reason if the passage cannot be coded.
 */
class CodingPopup extends Dialog {

    /** Codes the selected passage; throws {@link PassageRejectedException} with the reason when it cannot. */
    interface Coder {
        void code(PositionChoice position, StanceQualifier qualifier, String memo);
    }

    private static final String WIDTH = "24rem";
    private static final String MAX_HEIGHT = "34rem";

    private final Paragraph passage = new Paragraph();
    private final RadioButtonGroup<StanceQualifier> qualifier = CodingFields.qualifier();
    private final TextArea memo = CodingFields.memo();
    private final Span problem = CodingFields.problem();
    private final PositionPicker picker;

    CodingPopup(List<PositionChoice> codebookOrder, PositionShortcuts shortcuts, Coder coder) {
        setModality(ModalityMode.MODELESS);
        setDraggable(true);
        setCloseOnOutsideClick(false);
        setHeaderTitle("Code this passage");
        setWidth(WIDTH);
        setMaxHeight(MAX_HEIGHT);
        addClassName("coding-popup");
        passage.addClassName("popup-passage");
        picker = new PositionPicker(codebookOrder, shortcuts, position -> {
            try {
                coder.code(position, qualifier.getValue(), memo.getValue());
                close();
            } catch (PassageRejectedException rejected) {
                problem.setText(rejected.getMessage());
            }
        });
        add(passage, qualifier, memo, problem, picker);
    }

    /** Opens for a new selection near where the mouse let go, keeping the qualifier last used. */
    void open(String selected, int x, int y) {
        passage.setText(CodingFields.quoted(selected));
        problem.setText("");
        memo.clear();
        picker.clearSearch();
        // beside the mouse, but never past the window's right or bottom edge
        setLeft("max(0px, min(" + (x - 40) + "px, calc(100vw - " + WIDTH + ")))");
        setTop("max(0px, min(" + (y + 18) + "px, calc(100vh - " + MAX_HEIGHT + ")))");
        open();
    }

    void setQualifier(StanceQualifier chosen) {
        qualifier.setValue(chosen);
    }
}
