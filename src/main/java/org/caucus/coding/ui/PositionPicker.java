package org.caucus.coding.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.caucus.codebook.PositionChoice;

/**
 * The codebook as a list to pick a position from, grouped by issue, narrowed as the analyst types.
 * Enter picks the first position still listed.
 */
class PositionPicker extends Div {

    private final TextField search = new TextField();
    private final Map<PositionChoice, Button> buttons = new LinkedHashMap<>();
    private final Map<Span, List<PositionChoice>> issues = new LinkedHashMap<>();

    PositionPicker(List<PositionChoice> codebookOrder, PositionShortcuts shortcuts, Consumer<PositionChoice> onPick) {
        addClassName("position-picker");
        search.setPlaceholder("Find a position");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.addClassName("position-search");
        search.addValueChangeListener(change -> narrow(change.getValue()));
        search.addKeyPressListener(Key.ENTER, enter -> firstListed().ifPresent(onPick));
        Div list = new Div();
        list.addClassName("position-list");
        Map<String, List<PositionChoice>> byIssue = new LinkedHashMap<>();
        codebookOrder.forEach(p ->
                byIssue.computeIfAbsent(p.issue(), issue -> new ArrayList<>()).add(p));
        byIssue.forEach((issue, positions) -> {
            Span heading = new Span(issue);
            heading.addClassName("issue-heading");
            list.add(heading);
            issues.put(heading, positions);
            for (PositionChoice position : positions) {
                Button button = new Button(position.name(), click -> onPick.accept(position));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                button.addClassName("position-option");
                button.setPrefixComponent(swatch(position));
                shortcuts.keyOf(position).ifPresent(key -> {
                    Span badge = new Span(key);
                    badge.addClassName("shortcut-key");
                    button.setSuffixComponent(badge);
                });
                if (position.description() != null) {
                    button.setTooltipText(position.description());
                }
                buttons.put(position, button);
                list.add(button);
            }
        });
        add(search, list);
    }

    /** Marks the position an annotation has now, in the editor. */
    void mark(PositionChoice chosen) {
        buttons.forEach((position, button) -> {
            if (position.equals(chosen)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    /** Lists the whole codebook again for the next passage. */
    void clearSearch() {
        search.clear();
    }

    private void narrow(String words) {
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        buttons.forEach((position, button) -> button.setVisible(matches(position, wanted)));
        issues.forEach((heading, positions) -> heading.setVisible(
                positions.stream().anyMatch(p -> buttons.get(p).isVisible())));
    }

    private java.util.Optional<PositionChoice> firstListed() {
        return buttons.entrySet().stream()
                .filter(entry -> entry.getValue().isVisible())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static boolean matches(PositionChoice position, String wanted) {
        return wanted.isEmpty()
                || (position.issue() + " " + position.name() + " "
                                + (position.description() == null ? "" : position.description()))
                        .toLowerCase(Locale.ROOT)
                        .contains(wanted);
    }

    static Span swatch(PositionChoice position) {
        Span swatch = new Span();
        swatch.addClassName("position-swatch");
        swatch.getStyle().set("background", position.colour());
        return swatch;
    }
}
