package org.caucus.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.ScopeParameters;
import org.caucus.export.ExportFile;
import org.caucus.export.ExportService;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;

/**
 * The exports written so far, newest first, each ready to download again, and the way to a new
 * one. The Export button of every page comes here with {@code ?new}, which opens the dialog; a
 * comparison page adds its filters, which the dialog starts from.
 */
@PermitAll
@Route("exports")
@PageTitle("Exports · Caucus")
class ExportsView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ExportService exports;
    private final ScopeChoicesService choices;
    private final Optional<Project> project;
    private final Grid<ExportFile> grid = new Grid<>();

    ExportsView(ExportService exports, OpenProject openProject, ScopeChoicesService choices) {
        this.exports = exports;
        this.choices = choices;
        this.project = openProject.project();
        setSizeFull();
        Button newExport = new Button(
                "New export…", VaadinIcon.DOWNLOAD.create(), click -> openDialog(ComparisonScope.everything()));
        newExport.setId("new-export");
        newExport.setEnabled(project.isPresent());
        grid.addClassName("exports");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ExportFile::name).setHeader("File").setFlexGrow(1);
        grid.addColumn(file -> WHEN.format(file.writtenAt().atZone(ZoneId.systemDefault())))
                .setHeader("Written")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(file -> size(file.bytes()))
                .setHeader("Size")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::download).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No exports yet: choose New export… to write one.");
        HorizontalLayout heading = new HorizontalLayout(new H2("Exports"), newExport);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        add(heading, new Paragraph("Workbooks and CSV files written earlier, kept in the exports folder."), grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(NEW) && project.isPresent()) {
            // A comparison page sends its filters along, in the same parameters as its own address.
            List<String> problems = new ArrayList<>();
            ComparisonScope scope = ScopeParameters.parse(parameters, problems);
            openDialog(scope).warn(problems);
        }
    }

    private ExportDialog openDialog(ComparisonScope scope) {
        ExportDialog dialog = new ExportDialog(exports, choices, project.orElseThrow(), scope, this::exported);
        dialog.open();
        return dialog;
    }

    private void exported(Path file) {
        refresh();
        Notification.show(
                        "Written " + file.getFileName() + "; download it from the list.",
                        5000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(project.map(shown -> exports.exports(shown.getId())).orElse(List.of()));
    }

    /** A plain address (see export.web.ExportDownloads): the server checks membership on every fetch. */
    private Anchor download(ExportFile file) {
        Anchor anchor = new Anchor(
                "downloads/exports/" + project.orElseThrow().getId() + "/"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"),
                "Download");
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("download-export");
        return anchor;
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
