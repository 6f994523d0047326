package org.caucus.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.caucus.project.ProjectRow;
import org.caucus.project.ProjectService;

/** The projects the signed-in person belongs to, their role in each, and a new project of their own. */
@PermitAll
@Route("projects")
@PageTitle("Projects · Caucus")
class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    private final Grid<ProjectRow> grid = new Grid<>();

    ProjectsView(ProjectService projects) {
        this.projects = projects;
        TextField name = new TextField("New project");
        name.setId("new-project-name");
        Button create = new Button("Create", click -> create(name));
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addClassName("projects");
        grid.addColumn(ProjectRow::name).setHeader("Project");
        grid.addColumn(row -> row.role().label()).setHeader("Your role");
        grid.addComponentColumn(
                        row -> row.role().mayOwn() ? new Anchor(MembersView.path(row.id()), "Members") : new Span())
                .setHeader("");
        grid.setEmptyStateText("You belong to no project yet: create one, or ask an owner to add you.");
        add(new H2("Projects"), form, grid);
        refresh();
    }

    /** The creator owns the new project; a name that is blank or taken is said so at the field. */
    private void create(TextField name) {
        try {
            projects.create(name.getValue());
        } catch (IllegalArgumentException rejected) {
            name.setErrorMessage(rejected.getMessage());
            name.setInvalid(true);
            return;
        }
        name.clear();
        name.setInvalid(false);
        refresh();
    }

    private void refresh() {
        grid.setItems(projects.mine());
    }
}
