package org.caucus.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.caucus.project.ProjectRow;
import org.caucus.project.ProjectService;

/**
 * Deletes a project once its owner has typed its name: the whole study goes for every member at once, so one
 * click on the wrong row must not do it.
 */
class DeleteProjectDialog extends Dialog {

    DeleteProjectDialog(ProjectService projects, ProjectRow project, Runnable deleted) {
        setHeaderTitle("Delete " + project.name() + "?");
        Paragraph what = new Paragraph("The project disappears for every member at once: its messages, codebook,"
                + " coded passages and exports. Nobody can open it or its exports again here; its data stays on the"
                + " server, for its operator. Type the project's name to delete it.");
        TextField typed = new TextField("Project name");
        typed.setId("delete-project-name");
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        Button delete = new Button("Delete project", click -> {
            projects.delete(project.id());
            close();
            deleted.run();
        });
        delete.setId("delete-project");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        typed.addValueChangeListener(
                change -> delete.setEnabled(change.getValue().strip().equals(project.name())));
        add(what, typed);
        setWidth("32em");
        getFooter().add(new Button("Cancel", click -> close()), delete);
    }
}
