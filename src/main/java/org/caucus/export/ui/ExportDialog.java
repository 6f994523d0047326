package org.caucus.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.ui.CodedThreadsBox;
import org.caucus.coding.StanceQualifier;
import org.caucus.export.ExportFormat;
import org.caucus.export.ExportRequest;
import org.caucus.export.ExportService;
import org.caucus.export.WorkbookSheet;
import org.caucus.project.Project;

/**
 * Asks what to export: the sheets, the context around each passage, the format, and the scope
 * (dates, lists, threads, coders, qualifiers, counting) that every sheet honours, the same filters
 * as the comparison pages.
 */
class ExportDialog extends Dialog {

    private final CheckboxGroup<WorkbookSheet> sheets = new CheckboxGroup<>("Sheets");
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>("Format");
    private final IntegerField context = new IntegerField("Context (characters each side)");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final MultiSelectComboBox<String> lists = new MultiSelectComboBox<>("Lists");
    private final CodedThreadsBox threads;
    private final MultiSelectComboBox<String> coders = new MultiSelectComboBox<>("Coders");
    final Checkbox consensusOnly = new Checkbox("Consensus only");
    private final CheckboxGroup<StanceQualifier> qualifiers = new CheckboxGroup<>("Qualifiers");
    private final RadioButtonGroup<Counting> counting = new RadioButtonGroup<>("Count");
    private final Paragraph problem = new Paragraph();
    private final ScopeChoicesService choices;
    private final Project project;

    /**
     * @param scope the filters to start from: those of the comparison page the dialog was opened
     *     from, or the whole project
     */
    ExportDialog(
            ExportService exports,
            ScopeChoicesService choices,
            Project project,
            ComparisonScope scope,
            Consumer<Path> exported) {
        this.choices = choices;
        this.project = project;
        this.threads = new CodedThreadsBox(choices, project);
        setHeaderTitle("Export " + project.getName());
        setWidth("760px");
        addClassName("export-dialog");

        sheets.setItems(WorkbookSheet.values());
        sheets.setItemLabelGenerator(WorkbookSheet::label);
        sheets.setValue(ExportRequest.defaultSheets());
        sheets.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        sheets.setId("export-sheets");

        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f ->
                f == ExportFormat.XLSX ? "Excel workbook (.xlsx)" : "CSV of coded passages, for R and pandas (.csv)");
        format.setValue(ExportFormat.XLSX);
        format.addValueChangeListener(change -> sheets.setEnabled(change.getValue() == ExportFormat.XLSX));

        context.setMin(0);
        context.setMax(ExportRequest.MAX_CONTEXT_CHARS);
        context.setStepButtonsVisible(true);
        context.setStep(50);
        context.setValue(exports.defaultContextChars());
        context.setId("export-context");

        // The filters start from the scope given, field by field.
        from.setValue(scope.from());
        from.setId("export-from");
        to.setValue(scope.to());
        to.setId("export-to");
        lists.setItems(choices.lists(project));
        lists.setPlaceholder("all lists");
        lists.setValue(scope.lists());
        threads.setPlaceholder("all threads");
        threads.choose(scope.threadIds());
        threads.setId("export-threads");
        coders.setItems(choices.coders(project));
        coders.setPlaceholder("all coders");
        coders.setValue(scope.consensusOnly() ? Set.of() : scope.coders());
        consensusOnly.setValue(scope.consensusOnly());
        consensusOnly.setHelperText("only the versions settled on the Disagreements page");
        consensusOnly.setId("export-consensus-only");
        coders.setEnabled(!scope.consensusOnly());
        consensusOnly.addValueChangeListener(change -> coders.setEnabled(!change.getValue()));
        qualifiers.setItems(StanceQualifier.values());
        qualifiers.setItemLabelGenerator(StanceQualifier::label);
        qualifiers.setHelperText("none ticked: all");
        qualifiers.setValue(scope.qualifiers());
        qualifiers.setId("export-qualifiers");
        counting.setItems(Counting.values());
        counting.setItemLabelGenerator(Counting::label);
        counting.setValue(scope.counting());

        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setId("export-problem");

        FormLayout filters = new FormLayout(from, to, lists, threads, coders, consensusOnly, qualifiers, counting);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        filters.setColspan(counting, 2);
        FormLayout what = new FormLayout(format, context);
        what.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        add(what, sheets, filters, problem);

        Button export = new Button("Export", click -> {
            try {
                exported.accept(exports.export(project, request()));
                close();
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
            }
        });
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.setId("export-run");
        getFooter().add(new Button("Cancel", click -> close()), export);
    }

    /** Says what was wrong with the filters the dialog was opened with, and left out. */
    void warn(List<String> problems) {
        problem.setText(problems.isEmpty() ? "" : "Address: " + String.join("; ", problems) + ".");
    }

    /**
     * @throws IllegalArgumentException when a field makes no sense, saying which
     */
    ExportRequest request() {
        Integer chars = context.getValue();
        if (chars == null || context.isInvalid()) {
            throw new IllegalArgumentException(
                    "Context must be a whole number of characters, 0 to " + ExportRequest.MAX_CONTEXT_CHARS + ".");
        }
        ComparisonScope scope = new ComparisonScope(
                from.getValue(),
                to.getValue(),
                lists.getValue(),
                threads.getValue(),
                coders.getValue(),
                qualifiers.getValue(),
                counting.getValue());
        if (consensusOnly.getValue()) {
            scope = scope.withConsensusOnly();
        }
        // under blind coding a coder exports their own passages only
        return new ExportRequest(choices.visible(project, scope), sheets.getValue(), chars, format.getValue());
    }
}
