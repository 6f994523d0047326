package org.caucus.coding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.TreeMap;
import org.caucus.codebook.PositionChoice;

/** Every key the reader answers to, with the positions the digits code with in this project. */
class ShortcutsHelp extends Dialog {

    ShortcutsHelp(PositionShortcuts shortcuts) {
        setHeaderTitle("Keyboard shortcuts");
        addClassName("shortcuts-help");
        Div list = new Div();
        list.addClassName("shortcut-list");
        new TreeMap<>(shortcuts.all()).forEach((key, position) -> list.add(row(key, codeWith(position))));
        list.add(row(
                "s / o / n",
                "Qualifier for the next coding: supports, opposes, neutral (or change the passage in focus)"));
        list.add(row("click a passage", "Put it in focus"));
        list.add(row("e", "Edit the passage in focus: span, position, qualifier, memo"));
        list.add(row("Delete", "Delete the passage in focus"));
        list.add(row("Ctrl+Z", "Undo your last change, in any message"));
        list.add(row("Ctrl+Shift+Z", "Redo"));
        list.add(row("j / k", "Next / previous message in the list"));
        list.add(row("u", "Next message nobody has coded"));
        list.add(row("Esc", "Close the popup, drop the selection"));
        list.add(row("?", "This list"));
        add(list);
        getFooter().add(new Button("Close", click -> close()));
    }

    private static String codeWith(PositionChoice position) {
        return "Code the selection (or re-code the passage in focus) as “" + position.name() + "”";
    }

    private static Div row(String key, String what) {
        Span keys = new Span(key);
        keys.addClassName("shortcut-key");
        Div row = new Div(keys, new Span(what));
        row.addClassName("shortcut-row");
        return row;
    }
}
