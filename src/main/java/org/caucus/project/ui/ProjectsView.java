package org.caucus.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
import org.caucus.project.Project;
import org.caucus.project.ProjectRow;
import org.caucus.project.ProjectService;

/**
 * The projects the signed-in person belongs to and their role in each: one is opened to work in, and its owners
 * rename it, manage its members or delete it. A new project belongs to whoever creates it.
 */
@PermitAll
@Route("projects")
@PageTitle("Projects · Caucus")
class ProjectsView extends VerticalLayout {

    static final String OPEN = "open";
    static final String OWNER_ACTIONS = "owner-actions";

    private final ProjectService projects;
    private final OpenProject openProject;
    private final Grid<ProjectRow> grid = new Grid<>();
    /** Looked up once per listing, not once per row. */
    private Long openId;

    ProjectsView(ProjectService projects, OpenProject openProject) {
        this.projects = projects;
        this.openProject = openProject;
        TextField name = new TextField("New project");
        name.setId("new-project-name");
        Button create = new Button("Create", click -> create(name));
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addClassName("projects");
        grid.addColumn(ProjectRow::name).setHeader("Project").setFlexGrow(3);
        grid.addColumn(row -> row.role().label()).setHeader("Your role");
        grid.addComponentColumn(this::openOrOpened).setHeader("").setKey(OPEN);
        grid.addComponentColumn(this::ownerActions)
                .setHeader("")
                .setKey(OWNER_ACTIONS)
                .setFlexGrow(2);
        grid.setEmptyStateText("You belong to no project yet: create one, or ask an owner to add you.");
        add(new H2("Projects"), form, grid);
        refresh();
    }

    /** The creator owns the new project; a name that is blank or taken is said so at the field. */
    private void create(TextField name) {
        if (ProjectNameField.stored(name, () -> projects.create(name.getValue()))) {
            name.clear();
            refresh();
        }
    }

    private Component openOrOpened(ProjectRow row) {
        if (openId != null && openId == row.id()) {
            Span opened = new Span("Open now");
            opened.getElement().getThemeList().add("badge success");
            return opened;
        }
        Button open = new Button("Open", click -> {
            openProject.open(row.id());
            UI.getCurrent().navigate("");
        });
        open.setId("open-" + row.id());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    private Component ownerActions(ProjectRow row) {
        if (!row.role().mayOwn()) {
            return new Span();
        }
        Button rename = new Button("Rename", click -> new RenameProjectDialog(projects, row, this::changed).open());
        Button delete = new Button("Delete", click -> new DeleteProjectDialog(projects, row, this::changed).open());
        rename.setId("rename-" + row.id());
        delete.setId("delete-" + row.id());
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Anchor members = new Anchor(MembersView.path(row.id()), "Members");
        members.getStyle().set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout actions = new HorizontalLayout(members, rename, delete);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void refresh() {
        openId = openProject.project().map(Project::getId).orElse(null);
        grid.setItems(projects.mine());
    }

    /** After a rename or a deletion, which may have been the open project's. */
    private void changed() {
        refresh();
        ProjectsChanged.fire();
    }
}
