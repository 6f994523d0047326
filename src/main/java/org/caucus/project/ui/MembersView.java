package org.caucus.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.caucus.project.Member;
import org.caucus.project.Project;
import org.caucus.project.ProjectMembers;
import org.caucus.project.ProjectRole;
import org.caucus.project.ProjectService;

/**
 * A project's members and their roles, for its owners. Anyone else who types the address, with
 * the id of a project that is or is not there, is told it is not found.
 */
@PermitAll
@Route("projects/:projectId/members")
@PageTitle("Members · Caucus")
class MembersView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final ProjectMembers members;
    private final H2 title = new H2();
    private final Grid<Member> grid = new Grid<>();
    private long projectId;

    MembersView(ProjectService projects, ProjectMembers members) {
        this.projects = projects;
        this.members = members;
        TextField account = new TextField("Account");
        account.setId("member-name");
        Select<ProjectRole> role = roleChoice();
        role.setLabel("Role");
        role.setValue(ProjectRole.CODER);
        role.setId("member-role");
        Button add = new Button(
                "Add or change",
                click -> change(() -> members.setRole(projectId, account.getValue(), role.getValue())));
        add.setId("add-member");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(account, role, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addClassName("members");
        grid.addColumn(Member::username).setHeader("Account");
        grid.addComponentColumn(member -> {
                    Select<ProjectRole> choice = roleChoice();
                    choice.setValue(member.role());
                    choice.addValueChangeListener(changed -> {
                        if (changed.isFromClient()) {
                            change(() -> members.setRole(projectId, member.username(), changed.getValue()));
                        }
                    });
                    return choice;
                })
                .setHeader("Role");
        grid.addComponentColumn(member ->
                        new Button("Remove", click -> change(() -> members.remove(projectId, member.username()))))
                .setHeader("");
        add(title, form, grid);
    }

    static String path(long projectId) {
        return "projects/" + projectId + "/members";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundException::new);
        Project project = projects.find(projectId).orElseThrow(NotFoundException::new);
        // owners only: the service refuses anyone else, which the shell answers as "not found"
        grid.setItems(members.members(projectId));
        title.setText("Members of " + project.getName());
    }

    private void change(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException rejected) {
            Notification.show(rejected.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.setItems(members.members(projectId));
    }

    private static Select<ProjectRole> roleChoice() {
        Select<ProjectRole> choice = new Select<>();
        choice.setItems(ProjectRole.values());
        choice.setItemLabelGenerator(ProjectRole::label);
        return choice;
    }
}
