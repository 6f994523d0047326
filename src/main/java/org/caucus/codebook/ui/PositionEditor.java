package org.caucus.codebook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.caucus.codebook.CodebookEntry;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionDetails;
import org.caucus.shared.Counted;

/**
 * Edits one position: what it means and when to apply it, its colour and shortcut; merges it
 * into another position or deletes it, each after saying how many coded passages it touches.
 */
class PositionEditor extends VerticalLayout {

    private final CodebookService codebook;
    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final TextArea inclusion = new TextArea("Apply when (inclusion note)");
    final TextArea exclusion = new TextArea("Do not apply when (exclusion note)");
    final TextArea example = new TextArea("Example");
    final TextField colour = new TextField("Colour");
    final ComboBox<String> shortcut = new ComboBox<>("Shortcut");
    final ComboBox<CodebookEntry.PositionEntry> mergeInto = new ComboBox<>("Merge into");
    final Button save = new Button("Save");
    final Button merge = new Button("Merge…");
    final Button delete = new Button("Delete…");
    final Confirmation confirmation;
    private final Div swatch = new Div();
    private CodebookEntry.PositionEntry position;

    /** @param changed told after every change that was stored */
    PositionEditor(CodebookService codebook, Runnable changed) {
        this.codebook = codebook;
        this.confirmation = new Confirmation(changed);
        addClassName("position-editor");
        setPadding(false);
        for (TextArea note : List.of(description, inclusion, exclusion, example)) {
            note.setWidthFull();
            note.setMaxHeight("8rem");
        }
        name.setWidthFull();
        colour.setPlaceholder("#1f77b4");
        colour.setWidth("8rem");
        colour.addValueChangeListener(change -> paintSwatch(change.getValue()));
        swatch.setWidth("1.5rem");
        swatch.setHeight("1.5rem");
        swatch.getStyle().set("border-radius", "var(--lumo-border-radius-s)");
        shortcut.setItems(IntStream.rangeClosed(1, 9).mapToObj(String::valueOf).toList());
        shortcut.setClearButtonVisible(true);
        shortcut.setWidth("7rem");
        shortcut.setHelperText("Digit key in the reader");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        mergeInto.setItemLabelGenerator(CodebookEntry.PositionEntry::name);
        mergeInto.setWidth("20rem");
        merge.addClickListener(click -> askToMerge());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> askToDelete());
        HorizontalLayout look = new HorizontalLayout(colour, swatch, shortcut);
        look.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout merging = new HorizontalLayout(mergeInto, merge);
        merging.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H3("Position"),
                name,
                description,
                inclusion,
                exclusion,
                example,
                look,
                save,
                merging,
                delete,
                confirmation);
    }

    /** @param others the codebook's other positions, to merge into */
    void edit(CodebookEntry.PositionEntry shown, List<CodebookEntry.PositionEntry> others) {
        position = shown;
        PositionDetails details = shown.details();
        name.setValue(details.name());
        description.setValue(valueOf(details.description()));
        inclusion.setValue(valueOf(details.inclusionNote()));
        exclusion.setValue(valueOf(details.exclusionNote()));
        example.setValue(valueOf(details.example()));
        colour.setValue(details.colour());
        shortcut.setValue(details.shortcut());
        mergeInto.setItems(others);
        mergeInto.clear();
        confirmation.removeAll();
    }

    private void save() {
        confirmation.act(() -> codebook.updatePosition(
                position.id(),
                new PositionDetails(
                        name.getValue(),
                        description.getValue(),
                        inclusion.getValue(),
                        exclusion.getValue(),
                        example.getValue(),
                        colour.getValue(),
                        shortcut.getValue())));
    }

    private void askToMerge() {
        CodebookEntry.PositionEntry into = mergeInto.getValue();
        if (into == null) {
            confirmation.warn("Choose the position to merge '" + position.name() + "' into.");
            return;
        }
        long passages = codebook.passagesCodedWith(position.id());
        confirmation.ask(
                "Merge '" + position.name() + "' into '" + into.name() + "'? The " + passages(passages)
                        + " coded with it will be coded with '" + into.name() + "' instead, and '" + position.name()
                        + "' leaves the codebook. This cannot be undone.",
                "Merge",
                () -> codebook.merge(position.id(), into.id()));
    }

    private void askToDelete() {
        long passages = codebook.passagesCodedWith(position.id());
        confirmation.ask(
                passages == 0
                        ? "Delete '" + position.name() + "'? No passage is coded with it."
                        : "Delete '" + position.name() + "'? The " + passages(passages)
                                + " coded with it will be deleted too. This cannot be undone.",
                "Delete",
                () -> codebook.deletePosition(position.id()));
    }

    private static String passages(long count) {
        return Counted.of(count, "passage");
    }

    private void paintSwatch(String value) {
        swatch.getStyle()
                .set("background", value != null && value.matches("#[0-9a-fA-F]{6}") ? value : "transparent")
                .set("border", "1px solid var(--lumo-contrast-30pct)");
    }

    private static String valueOf(String text) {
        return text == null ? "" : text;
    }
}
