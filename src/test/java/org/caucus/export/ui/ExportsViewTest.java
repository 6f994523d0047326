package org.caucus.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caucus.ViewTest;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.coding.StanceQualifier;
import org.caucus.export.ExportFile;
import org.caucus.export.ExportService;
import org.caucus.export.WorkbookSheet;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class ExportsViewTest extends ViewTest {

    @Autowired
    ExportService exports;

    @Autowired
    ProjectService projects;

    @Autowired
    ScopeChoicesService choices;

    @Test
    void the_export_button_opens_the_dialog_whose_export_is_then_listed_for_download() {
        int before =
                exports.exports(projects.findDefault().orElseThrow().getId()).size();
        UI.getCurrent().navigate("exports", QueryParameters.of(ExportsView.NEW, ""));

        assertThat(_find(Dialog.class)).as("dialog open").hasSize(1);
        @SuppressWarnings("unchecked")
        CheckboxGroup<WorkbookSheet> sheets = _get(CheckboxGroup.class, spec -> spec.withId("export-sheets"));
        assertThat(sheets.getValue()).as("default sheets").doesNotContain(WorkbookSheet.MESSAGES);
        sheets.setValue(Set.of(WorkbookSheet.ABOUT, WorkbookSheet.CODED_PASSAGES));
        _click(_get(Button.class, spec -> spec.withId("export-run")));

        assertThat(_find(Dialog.class)).as("dialog closed after the export").isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ExportFile> sut = _get(Grid.class, spec -> spec.withClasses("exports"));
        assertThat(GridKt._size(sut)).as("exports listed").isEqualTo(before + 1);
        assertThat(GridKt._get(sut, 0).name())
                .as("newest first")
                .startsWith("caucus-Demo-all-")
                .endsWith(".xlsx");
    }

    @Test
    void a_context_out_of_range_is_explained_in_the_dialog() {
        UI.getCurrent().navigate("exports");
        _click(_get(Button.class, spec -> spec.withId("new-export")));

        _get(IntegerField.class, spec -> spec.withId("export-context")).setValue(99_999);
        _click(_get(Button.class, spec -> spec.withId("export-run")));

        assertThat(_find(Dialog.class)).as("dialog stays open").hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-problem")).getText())
                .as("problem")
                .contains("Context must be a whole number of characters, 0 to 5000");
    }

    @Test
    void the_comparison_page_opens_the_dialog_with_its_own_filters() {
        Project demo = projects.findDefault().orElseThrow();
        long thread = choices.threads(demo, "", Pageable.ofSize(1)).getFirst().id();
        UI.getCurrent()
                .navigate(
                        "compare",
                        new QueryParameters(Map.of(
                                "from", List.of("2013-11-01"),
                                "to", List.of("2013-11-30"),
                                "thread", List.of(String.valueOf(thread)),
                                "qualifier", List.of("supports"))));

        _click(_get(Button.class, spec -> spec.withId("export-scope")));

        assertThat(_find(Dialog.class)).as("dialog open on the Exports page").hasSize(1);
        assertThat(_get(DatePicker.class, spec -> spec.withId("export-from")).getValue())
                .as("from")
                .isEqualTo(LocalDate.of(2013, 11, 1));
        assertThat(_get(DatePicker.class, spec -> spec.withId("export-to")).getValue())
                .as("to")
                .isEqualTo(LocalDate.of(2013, 11, 30));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Long> threads = _get(MultiSelectComboBox.class, spec -> spec.withId("export-threads"));
        assertThat(threads.getValue()).as("threads").containsExactly(thread);
        assertThat(threads.getItemLabelGenerator().apply(thread))
                .as("the chosen thread's label")
                .isEqualTo(choices.threadSubjects(demo, List.of(thread)).get(thread));
        @SuppressWarnings("unchecked")
        CheckboxGroup<StanceQualifier> qualifiers = _get(CheckboxGroup.class, spec -> spec.withId("export-qualifiers"));
        assertThat(qualifiers.getValue()).as("qualifiers").containsExactly(StanceQualifier.SUPPORTS);

        _click(_get(Button.class, spec -> spec.withId("export-run")));

        @SuppressWarnings("unchecked")
        Grid<ExportFile> sut = _get(Grid.class, spec -> spec.withClasses("exports"));
        assertThat(GridKt._get(sut, 0).name())
                .as("the export's name says its scope")
                .startsWith("caucus-Demo-2013-11-01_2013-11-30-1-threads-supports-");
    }

    @Test
    void a_filter_in_the_address_that_does_not_parse_is_named_in_the_dialog() {
        UI.getCurrent()
                .navigate(
                        "exports", new QueryParameters(Map.of(ExportsView.NEW, List.of(""), "from", List.of("soon"))));

        assertThat(_get(DatePicker.class, spec -> spec.withId("export-from")).getValue())
                .as("from left open")
                .isNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-problem")).getText())
                .as("problem")
                .contains("from=soon is not a date");
    }
}
