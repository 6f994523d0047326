package org.caucus.shell;

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
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caucus.export.WorkbookExporter;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;

/**
 * The frame of every view: the project's name, the navigation, and the Export button, which
 * writes the report workbook under {@code exports/} and downloads the same file.
 */
@Layout
class MainLayout extends AppLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    MainLayout(ProjectService projects, WorkbookExporter exporter) {
        Span title = new Span("Caucus");
        title.addClassName("app-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span projectName = new Span(projects.findDefault().map(Project::getName).orElse("no project"));
        projectName.addClassName("project-name");
        projectName.getStyle().set("color", "var(--lumo-secondary-text-color)");

        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    Path workbook = exporter.export(projects.findDefault().orElseThrow());
                    return new DownloadResponse(
                            Files.newInputStream(workbook),
                            workbook.getFileName().toString(),
                            XLSX,
                            Files.size(workbook));
                }),
                "");
        Button exportButton = new Button("Export", VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.add(exportButton);
        export.setId("export-workbook");

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, projectName, export);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(projectName);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Messages", "", VaadinIcon.ENVELOPES.create()));
        nav.addItem(new SideNavItem("Compare", "compare", VaadinIcon.TABLE.create()));
        nav.addItem(new SideNavItem("Import", "import", VaadinIcon.UPLOAD.create()));
        nav.addItem(new SideNavItem("Participants", "participants", VaadinIcon.USERS.create()));
        addToDrawer(nav);
    }
}
