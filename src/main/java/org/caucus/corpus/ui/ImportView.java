package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportOutcome;
import org.caucus.corpus.importing.MalformedPageException;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;

/** Brings the text of pipermail message pages into the project, uploaded as files or pasted. */
@Route("import")
@PageTitle("Import · Caucus")
class ImportView extends VerticalLayout {

    private final CorpusService corpus;
    private final Project project;
    private final Div outcomes = new Div();

    ImportView(CorpusService corpus, ProjectService projects) {
        this.corpus = corpus;
        this.project = projects.findDefault().orElseThrow();
        outcomes.addClassName("import-outcomes");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String name = metadata.fileName();
            getUI().ifPresent(ui -> ui.access(() -> importPage(name, bytes)));
        }));
        upload.setAcceptedFileTypes(".txt", "text/plain");
        upload.setMaxFileSize(10 * 1024 * 1024);

        TextArea pasted = new TextArea("Or paste the text of a message page");
        pasted.setWidthFull();
        pasted.setMinHeight("10rem");
        pasted.addClassName("pasted-page");
        Button importPasted = new Button("Import pasted text", click -> {
            importPage("pasted text", pasted.getValue().getBytes(StandardCharsets.UTF_8));
            pasted.clear();
        });

        add(
                new H2("Import"),
                new Paragraph("The text of an archived pipermail message page: the [list] subject line, the author"
                        + " line, the date line, then the body."),
                upload,
                pasted,
                importPasted,
                outcomes);
    }

    private void importPage(String sourceName, byte[] bytes) {
        Paragraph line = new Paragraph();
        try {
            ImportOutcome outcome = corpus.importPipermailPage(project, sourceName, bytes);
            line.setText(
                    outcome.duplicate()
                            ? sourceName + ": already in the project, nothing added."
                            : sourceName + ": imported as message " + outcome.messageId() + ".");
            line.addClassName("import-ok");
        } catch (MalformedPageException refused) {
            line.setText(refused.getMessage() + " Nothing was stored.");
            line.addClassName("import-refused");
            line.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        outcomes.addComponentAsFirst(line);
    }
}
