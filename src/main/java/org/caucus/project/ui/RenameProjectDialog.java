package org.caucus.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.caucus.project.ProjectRow;
import org.caucus.project.ProjectService;

/** Gives a project a new name; a blank name or one another project has is said so at the field. */
class RenameProjectDialog extends Dialog {

    RenameProjectDialog(ProjectService projects, ProjectRow project, Runnable renamed) {
        setHeaderTitle("Rename " + project.name());
        TextField name = new TextField("New name", project.name(), "");
        name.setId("rename-project-name");
        name.setWidthFull();
        Button save = new Button("Rename", click -> {
            if (ProjectNameField.stored(name, () -> projects.rename(project.id(), name.getValue()))) {
                close();
                renamed.run();
            }
        });
        save.setId("rename-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
