package org.caucus.coding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.caucus.codebook.PositionChoice;

/**
 * The reader's dialogs that list the codebook: the coding popup, the passage editor and the shortcut
 * help. Each holds a button per position, so building all three took most of the time to open a
 * message; they are built when first needed and kept while the codebook stays the same, which it
 * does from one message of a project to the next.
 */
final class CodingDialogs {

    /** What the reader supplies to build the dialogs for one codebook. */
    interface Factory {
        CodingPopup popup(List<PositionChoice> positions, PositionShortcuts shortcuts);

        AnnotationEditor editor(List<PositionChoice> positions, PositionShortcuts shortcuts);
    }

    private final HasComponents host;
    private final Factory factory;
    private List<PositionChoice> positions = List.of();
    private PositionShortcuts shortcuts = new PositionShortcuts(List.of());
    private CodingPopup popup;
    private AnnotationEditor editor;
    private ShortcutsHelp help;

    CodingDialogs(HasComponents host, Factory factory) {
        this.host = host;
        this.factory = factory;
    }

    /** The codebook of the message being read; a different one drops the dialogs built for the last. */
    void useCodebook(List<PositionChoice> current) {
        if (current.equals(positions)) {
            return;
        }
        positions = List.copyOf(current);
        shortcuts = new PositionShortcuts(positions);
        popup = drop(popup);
        editor = drop(editor);
        help = drop(help);
    }

    PositionShortcuts shortcuts() {
        return shortcuts;
    }

    CodingPopup popup() {
        popup = built(popup, () -> factory.popup(positions, shortcuts));
        return popup;
    }

    AnnotationEditor editor() {
        editor = built(editor, () -> factory.editor(positions, shortcuts));
        return editor;
    }

    ShortcutsHelp help() {
        help = built(help, () -> new ShortcutsHelp(shortcuts));
        return help;
    }

    /** The popup if it has been built; one never built has nothing to close or update. */
    Optional<CodingPopup> builtPopup() {
        return Optional.ofNullable(popup);
    }

    boolean editing() {
        return editor != null && editor.isOpened();
    }

    private <T extends Component> T built(T existing, Supplier<T> build) {
        if (existing != null) {
            return existing;
        }
        T dialog = build.get();
        host.add(dialog);
        return dialog;
    }

    private <T extends Component> T drop(T dialog) {
        if (dialog != null) {
            host.remove(dialog);
        }
        return null;
    }
}
