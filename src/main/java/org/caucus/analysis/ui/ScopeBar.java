package org.caucus.analysis.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;

/**
 * The filters every comparison page shares. It shows a {@link ComparisonQuery} and hands a changed
 * one to the page, which puts it in the address.
 */
class ScopeBar extends HorizontalLayout {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final MultiSelectComboBox<String> lists = new MultiSelectComboBox<>("Lists");
    final CodedThreadsBox threads;
    final MultiSelectComboBox<String> coders = new MultiSelectComboBox<>("Coders");
    final Checkbox consensusOnly = new Checkbox("Consensus only");
    final MultiSelectComboBox<StanceQualifier> qualifiers = new MultiSelectComboBox<>("Qualifiers");
    final Select<Counting> counting = new Select<>();
    final Select<Rollup> rollup = new Select<>();

    ScopeBar(ScopeChoicesService choices, Project project, ComparisonQuery query, Consumer<ComparisonQuery> changed) {
        addClassName("scope-bar");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        from.setHelperText("Days in UTC");
        lists.setItems(choices.lists(project));
        threads = new CodedThreadsBox(choices, project);
        coders.setItems(choices.coders(project));
        qualifiers.setItems(StanceQualifier.values());
        qualifiers.setItemLabelGenerator(StanceQualifier::label);
        counting.setLabel("Count");
        counting.setItems(Counting.values());
        counting.setItemLabelGenerator(Counting::label);
        counting.addClassName("counting");
        // Wide enough to read the whole mode, such as "Statements (a quoted passage counts once)".
        counting.setWidth("24rem");
        rollup.setLabel("Rows");
        rollup.setItems(Rollup.values());
        rollup.setItemLabelGenerator(Rollup::label);
        rollup.addClassName("rollup");
        show(query);
        List.of(from, to).forEach(field -> field.addValueChangeListener(change -> emit(query, changed)));
        lists.addValueChangeListener(change -> emit(query, changed));
        threads.addValueChangeListener(change -> emit(query, changed));
        coders.addValueChangeListener(change -> emit(query, changed));
        consensusOnly.setTooltipText("Count only the versions settled on the Disagreements page");
        consensusOnly.addValueChangeListener(change -> emit(query, changed));
        qualifiers.addValueChangeListener(change -> emit(query, changed));
        counting.addValueChangeListener(change -> emit(query, changed));
        rollup.addValueChangeListener(change -> changed.accept(query.withRollup(change.getValue())));
        add(from, to, lists, threads, coders, consensusOnly, qualifiers, counting, rollup);
        Arrays.asList(lists, threads, coders, qualifiers).forEach(box -> box.setWidth("12rem"));
    }

    private void show(ComparisonQuery query) {
        ComparisonScope scope = query.scope();
        from.setValue(scope.from());
        to.setValue(scope.to());
        lists.setValue(scope.lists());
        threads.choose(scope.threadIds());
        coders.setValue(scope.consensusOnly() ? Set.of() : scope.coders());
        consensusOnly.setValue(scope.consensusOnly());
        coders.setEnabled(!scope.consensusOnly());
        qualifiers.setValue(scope.qualifiers());
        counting.setValue(scope.counting());
        rollup.setValue(query.rollup());
    }

    private void emit(ComparisonQuery query, Consumer<ComparisonQuery> changed) {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("The range ends before it starts");
            return;
        }
        to.setInvalid(false);
        ComparisonScope scope = new ComparisonScope(
                from.getValue(),
                to.getValue(),
                Set.copyOf(lists.getValue()),
                Set.copyOf(threads.getValue()),
                Set.copyOf(coders.getValue()),
                Set.copyOf(qualifiers.getValue()),
                counting.getValue());
        changed.accept(query.withScope(consensusOnly.getValue() ? scope.withConsensusOnly() : scope));
    }
}
