package org.caucus.agreement.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.caucus.agreement.AgreementRequest;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.ui.CodedThreadsBox;
import org.caucus.project.Project;

/**
 * Chooses two or more coders and a set of messages (lists, threads, days), as the Agreement and
 * Disagreements pages both ask, and says in words why the choice does not make a request yet.
 */
class MessageSetPicker extends HorizontalLayout {

    final MultiSelectComboBox<String> coders = new MultiSelectComboBox<>("Coders");
    final MultiSelectComboBox<String> lists = new MultiSelectComboBox<>("Lists");
    final CodedThreadsBox threads;
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");

    private final String purpose;

    /**
     * @param coderChoices the coders offered; all of them are chosen when there are two or more
     * @param purpose what choosing coders is for, to end "Choose two or more coders ..."
     */
    MessageSetPicker(
            ScopeChoicesService choices, Project project, List<String> coderChoices, String purpose, Runnable changed) {
        this.purpose = purpose;
        coders.setItems(coderChoices);
        lists.setItems(choices.lists(project));
        threads = new CodedThreadsBox(choices, project);
        from.setHelperText("Days in UTC");
        coders.setWidth("22rem");
        List.of(lists, threads).forEach(box -> box.setWidth("12rem"));
        List.of(from, to).forEach(day -> day.setWidth("9rem"));
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(coders, lists, threads, from, to);
        if (coderChoices.size() >= 2) {
            coders.setValue(Set.copyOf(coderChoices));
        }
        coders.addValueChangeListener(change -> changed.run());
        lists.addValueChangeListener(change -> changed.run());
        threads.addValueChangeListener(change -> changed.run());
        from.addValueChangeListener(change -> changed.run());
        to.addValueChangeListener(change -> changed.run());
    }

    /** The request the controls show, or none, with the reason given to {@code whyNot}. */
    Optional<AgreementRequest> request(Consumer<String> whyNot) {
        if (coders.getValue().size() < 2) {
            whyNot.accept("Choose two or more coders " + purpose + ".");
            return Optional.empty();
        }
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            whyNot.accept("The date range ends (" + to.getValue() + ") before it starts (" + from.getValue()
                    + "): choose an end on or after the start.");
            return Optional.empty();
        }
        return Optional.of(new AgreementRequest(
                coders.getValue().stream().sorted().toList(),
                from.getValue(),
                to.getValue(),
                lists.getValue(),
                threads.getValue()));
    }
}
