package org.caucus.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.function.BiConsumer;
import org.caucus.exchange.ExchangeException;
import org.caucus.exchange.ProjectBackup;
import org.caucus.exchange.QdcCodebook;
import org.caucus.exchange.QdpxImporter;
import org.caucus.exchange.QdpxWriter;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;

/**
 * Exchange with other tools and servers: download the project as REFI-QDA (QDPX), its codebook
 * (QDC) or a backup; import a QDPX project or a QDC codebook into it; restore a backup as a new
 * project. Each upload is imported whole or not at all, and the outcome or the refusal is listed.
 */
@PermitAll
@Route("exchange")
@PageTitle("Exchange · Caucus")
class ExchangeView extends VerticalLayout {

    private final Div outcomes = new Div();

    private final QdpxWriter qdpx;
    private final QdpxImporter qdpxImporter;
    private final QdcCodebook qdc;
    private final ProjectBackup backup;
    private final OpenProject openProject;

    ExchangeView(
            OpenProject openProject,
            QdpxWriter qdpx,
            QdpxImporter qdpxImporter,
            QdcCodebook qdc,
            ProjectBackup backup) {
        this.qdpx = qdpx;
        this.qdpxImporter = qdpxImporter;
        this.qdc = qdc;
        this.backup = backup;
        this.openProject = openProject;
        outcomes.addClassName("exchange-outcomes");
        add(new H2("Exchange"));
        // Somebody who belongs to no project yet may still restore one from a backup.
        openProject
                .project()
                .ifPresentOrElse(
                        project -> add(downloads(project), imports(project)),
                        () -> add(new Paragraph("There is no project yet: restore one from a backup, or create one"
                                + " on the Projects page.")));
        TextField restoredName = new TextField("Name of the restored project");
        restoredName.setPlaceholder("the name in the backup");
        restoredName.setWidth("20rem");
        // A file dropped on the upload does not take the focus from the field, so its value must not wait for that.
        restoredName.setValueChangeMode(ValueChangeMode.EAGER);
        add(
                section(
                        "Restore a backup as a new project",
                        "The backup's project is added beside the existing ones; nothing existing changes.",
                        restoreRow(restoredName)),
                outcomes);
    }

    private VerticalLayout downloads(Project project) {
        String fileName = project.getName().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return section(
                "Download",
                "A REFI-QDA project opens in ATLAS.ti, MAXQDA, NVivo and QualCoder: messages as texts,"
                        + " participants as cases, and each qualifier as a sub-code of its position. A backup"
                        + " holds everything of the project, for another Caucus.",
                new HorizontalLayout(
                        download("download-qdpx", "QDPX project", fileName + ".qdpx", qdpx::write, project),
                        download("download-qdc", "QDC codebook", fileName + ".qdc", qdc::write, project),
                        download("download-backup", "Backup", fileName + "-backup.zip", backup::write, project)));
    }

    private VerticalLayout imports(Project project) {
        return section(
                "Import into this project",
                "A QDPX project from Caucus or another tool adds its texts, codes and coded passages; a code"
                        + " without supports/opposes/neutral under it is imported as neutral. A QDC codebook"
                        + " adds the issues and positions this codebook lacks.",
                new HorizontalLayout(
                        upload(
                                "qdpx-upload",
                                ".qdpx",
                                "Import a QDPX project…",
                                (name, in) -> qdpxImporter
                                        .importFile(project, name, in)
                                        .summary()),
                        upload(
                                "qdc-upload",
                                ".qdc",
                                "Import a QDC codebook…",
                                (name, in) -> qdc.importFile(project, name, in).summary())));
    }

    private HorizontalLayout restoreRow(TextField restoredName) {
        HorizontalLayout row =
                new HorizontalLayout(restoredName, upload("backup-upload", ".zip", "Restore a backup…", (name, in) -> {
                    ProjectBackup.Restored restored = backup.restore(name, in, restoredName.getValue());
                    outcomes.addComponentAsFirst(openButton(restored));
                    return restored.summary();
                }));
        row.setAlignItems(FlexComponent.Alignment.END);
        return row;
    }

    /** Restoring a project is mostly to work in it: one click opens it. */
    private Button openButton(ProjectBackup.Restored restored) {
        Button open = new Button("Open " + restored.projectName(), click -> {
            openProject.open(restored.projectId());
            UI.getCurrent().navigate("");
        });
        open.setId("open-restored");
        return open;
    }

    private static Anchor download(
            String id, String label, String fileName, BiConsumer<Project, OutputStream> writer, Project project) {
        // Streamed straight to the browser: a backup with every message's raw bytes need not fit in memory.
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("application/octet-stream");
            writer.accept(project, event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.add(new Button(label, VaadinIcon.DOWNLOAD.create()));
        anchor.setId(id);
        return anchor;
    }

    /** An upload of one file, handed to {@code importer}; its summary or its refusal is listed below. */
    private Upload upload(String id, String accepted, String label, UploadImport importer) {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                show(importer.apply(metadata.fileName(), in), "exchange-ok");
            } catch (ExchangeException e) {
                show(e.getMessage() + " Nothing was stored.", "exchange-refused");
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId(id);
        upload.setUploadButton(new Button(label, VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("or drop the " + accepted + " file here"));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(accepted);
        return upload;
    }

    private void show(String text, String className) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        outcomes.addComponentAsFirst(line);
    }

    private static VerticalLayout section(String title, String explanation, Component content) {
        Paragraph about = new Paragraph(explanation);
        about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "50rem");
        VerticalLayout section = new VerticalLayout(new H3(title), about, content);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** Reads a file in and returns what was imported, or throws {@link ExchangeException}. */
    @FunctionalInterface
    private interface UploadImport {
        String apply(String fileName, InputStream in) throws IOException;
    }
}
