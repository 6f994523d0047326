package org.caucus.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.project.ui.ProjectsChanged;

/**
 * The frame of every view: the open project's name, which leads to the Projects page where another is opened, the
 * navigation, and the Export button, which opens the export dialog on the Exports page.
 */
// every page inside needs a sign-in; which project's data a person sees is decided by the services
@PermitAll
@Layout
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final OpenProject openProject;
    private final Anchor projectName = new Anchor("projects", "");

    MainLayout(OpenProject openProject, AuthenticationContext signedIn) {
        this.openProject = openProject;
        Span title = new Span("Caucus");
        title.addClassName("app-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        projectName.addClassName("project-name");
        projectName.getElement().setAttribute("title", "Open another project");
        projectName.getStyle().set("color", "var(--lumo-secondary-text-color)");

        // The export dialog lives on the Exports page, which lists earlier exports behind it.
        Button export = new Button(
                "Export",
                VaadinIcon.DOWNLOAD.create(),
                click -> UI.getCurrent().navigate("exports", QueryParameters.of("new", "")));
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.setId("export-workbook");

        Button signOut = new Button("Sign out " + signedIn.getPrincipalName().orElse(""), click -> signedIn.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, projectName, export, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        export.getStyle().set("margin-left", "auto");
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        SideNavItem messages = new SideNavItem("Messages", "", VaadinIcon.ENVELOPES.create());
        messages.setPathAliases(Set.of("messages"));
        nav.addItem(messages);
        nav.addItem(new SideNavItem("Search", "search", VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("Participants", "participants", VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem("Codebook", "codebook", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("Compare", "compare", VaadinIcon.TABLE.create()));
        nav.addItem(new SideNavItem("Networks", "networks", VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem("Agreement", "agreement", VaadinIcon.SCALE.create()));
        nav.addItem(new SideNavItem("Disagreements", "disagreements", VaadinIcon.SPLIT.create()));
        nav.addItem(new SideNavItem("History", "history", VaadinIcon.TIME_BACKWARD.create()));
        nav.addItem(new SideNavItem("Import", "import", VaadinIcon.UPLOAD.create()));
        nav.addItem(new SideNavItem("Exports", "exports", VaadinIcon.DOWNLOAD_ALT.create()));
        nav.addItem(new SideNavItem("Exchange", "exchange", VaadinIcon.EXCHANGE.create()));
        nav.addItem(new SideNavItem("Coding settings", "settings/coding", VaadinIcon.EYE_SLASH.create()));
        // accounts and roles (issue 8): the projects one belongs to; the administrator's accounts
        nav.addItem(new SideNavItem("Projects", "projects", VaadinIcon.FOLDER_O.create()));
        if (signedIn.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem("Accounts", "accounts", VaadinIcon.USER_CARD.create()));
        }
        addToDrawer(nav);
    }

    /** The layout outlives its pages; the project may have been opened, renamed or deleted on the last one. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showOpenProject();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        Registration listening =
                ComponentUtil.addListener(attach.getUI(), ProjectsChanged.class, changed -> showOpenProject());
        addDetachListener(detach -> {
            listening.remove();
            detach.unregisterListener();
        });
    }

    private void showOpenProject() {
        projectName.setText(openProject.project().map(Project::getName).orElse("no project"));
    }
}
