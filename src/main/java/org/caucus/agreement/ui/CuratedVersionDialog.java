package org.caucus.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.caucus.agreement.CoderPassage;
import org.caucus.agreement.Disagreement;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;

/**
 * The owner's own version of a disagreement: the passage (typed or trimmed from the text around
 * it), a position and a qualifier, saved into the consensus coder.
 */
class CuratedVersionDialog extends Dialog {

    /** Saves the curated version; returns a reason when it cannot be saved. */
    interface Save {
        Optional<String> save(PassageRange span, long positionId, StanceQualifier qualifier, String memo);
    }

    final TextArea passage = new TextArea("Passage");
    final ComboBox<PositionChoice> position = new ComboBox<>("Position");
    final RadioButtonGroup<StanceQualifier> qualifier = new RadioButtonGroup<>("Qualifier");
    final TextField memo = new TextField("Memo");
    final Button save = new Button("Save as consensus");

    CuratedVersionDialog(Disagreement disagreement, List<PositionChoice> positions, Save action) {
        setHeaderTitle("Curated version: " + disagreement.subject());
        passage.setValue(disagreement.text());
        passage.setHelperText("Trim or widen it with the message's own words; they must stand in the text shown.");
        passage.setWidthFull();
        position.setItems(positions);
        position.setItemLabelGenerator(choice -> choice.issue() + ": " + choice.name());
        position.setWidthFull();
        qualifier.setItems(StanceQualifier.values());
        qualifier.setItemLabelGenerator(StanceQualifier::label);
        List<CoderPassage> first = disagreement.versions().values().stream()
                .filter(version -> !version.isEmpty())
                .findFirst()
                .orElse(List.of());
        first.stream().findFirst().ifPresent(passageOf -> {
            positions.stream()
                    .filter(choice -> choice.id() == passageOf.positionId())
                    .findFirst()
                    .ifPresent(position::setValue);
            qualifier.setValue(passageOf.qualifier());
        });
        memo.setPlaceholder("Curated");
        memo.setWidthFull();
        FormLayout form = new FormLayout(passage, position, qualifier, memo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        setWidth("40rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Optional<String> problem = span(disagreement)
                    .map(span -> {
                        if (position.getValue() == null || qualifier.getValue() == null) {
                            return Optional.of("Choose a position and a qualifier.");
                        }
                        return action.save(span, position.getValue().id(), qualifier.getValue(), memo.getValue());
                    })
                    .orElseGet(() -> Optional.of("The passage '"
                            + passage.getValue().strip() + "' is not in the message text around this disagreement."));
            problem.ifPresentOrElse(
                    reason -> {
                        passage.setInvalid(true);
                        passage.setErrorMessage(reason);
                    },
                    this::close);
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /**
     * Where the typed passage stands in the message: its occurrence in the text shown (before, stretch,
     * after) nearest to the stretch.
     */
    private Optional<PassageRange> span(Disagreement disagreement) {
        String typed = passage.getValue().strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String shown = disagreement.before() + disagreement.text() + disagreement.after();
        int shownStart = disagreement.start() - disagreement.before().length();
        int best = -1;
        for (int at = shown.indexOf(typed); at >= 0; at = shown.indexOf(typed, at + 1)) {
            if (best < 0
                    || Math.abs(shownStart + at - disagreement.start())
                            < Math.abs(shownStart + best - disagreement.start())) {
                best = at;
            }
        }
        return best < 0
                ? Optional.empty()
                : Optional.of(new PassageRange(shownStart + best, shownStart + best + typed.length(), typed));
    }
}
