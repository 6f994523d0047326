package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.function.Consumer;
import org.caucus.corpus.ImportRunningException;
import org.caucus.corpus.ListNamesService;
import org.caucus.project.Project;
import org.caucus.shared.Counted;

/**
 * Gives one of the project's lists another name, or merges it into another list by choosing that one's name. Later
 * imports of the list take the new name too.
 */
class RenameListDialog extends Dialog {

    // Package-private for the view test.
    final ComboBox<String> newName = new ComboBox<>("New name");
    final Button rename = new Button("Rename");

    /** @param renamed told the list's new name once it is renamed */
    RenameListDialog(
            ListNamesService listNames, Project project, String list, List<String> lists, Consumer<String> renamed) {
        setHeaderTitle("Rename the list “" + list + "”");
        addClassName("rename-list-dialog");
        newName.setId("new-list-name");
        newName.setItems(lists.stream().filter(other -> !other.equals(list)).toList());
        newName.setAllowCustomValue(true);
        newName.addCustomValueSetListener(typed -> newName.setValue(typed.getDetail()));
        newName.setValue(list);
        newName.setWidth("24rem");
        newName.setHelperText("Type a name, or choose another list's to merge the two. Later imports of this list"
                + " take the new name too.");
        add(newName);
        rename.setId("rename-list-confirm");
        rename.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rename.addClickListener(click -> {
            try {
                int messages = listNames.rename(project, list, newName.getValue());
                close();
                Notification.show("“%s” is now “%s”: %s."
                        .formatted(list, newName.getValue().strip(), Counted.of(messages, "message")));
                renamed.accept(newName.getValue().strip());
            } catch (IllegalArgumentException | ImportRunningException refused) {
                newName.setErrorMessage(refused.getMessage());
                newName.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), rename);
    }
}
