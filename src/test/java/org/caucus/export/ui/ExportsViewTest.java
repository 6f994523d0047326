package org.caucus.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.caucus.ViewTest;
import org.caucus.export.ExportFile;
import org.caucus.export.ExportService;
import org.caucus.export.WorkbookSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExportsViewTest extends ViewTest {

    @Autowired
    ExportService exports;

    @Test
    void the_export_button_opens_the_dialog_whose_export_is_then_listed_for_download() {
        int before = exports.exports().size();
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
}
