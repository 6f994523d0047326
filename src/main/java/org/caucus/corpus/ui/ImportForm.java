package org.caucus.corpus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ImportOutcome;
import org.caucus.corpus.ImportedSources;
import org.caucus.corpus.ListArchive;
import org.caucus.corpus.ListArchives;
import org.caucus.corpus.PastImport;
import org.caucus.corpus.importing.ListArchiveAddress;
import org.caucus.corpus.importing.ListArchiveFetcher;
import org.caucus.project.Project;
import org.caucus.shared.Counted;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Brings mail into a project: archive files dropped or chosen (pipermail months, mbox, e-mail
 * files, zips, saved pages), a list archive's address (pipermail, HyperKitty or the IETF's), or
 * the pasted text of one message page.
 */
class ImportForm extends VerticalLayout {

    private final ArchiveImportService importer;
    private final ImportHistory history;
    private final ListArchives lists;
    private final Runnable importRecorded;
    private final Executor executor;
    private final Project project;
    private final Div outcomes = new Div();
    private final Div jobs = new Div();
    // The outcome of each page pasted here, by the import that stored it.
    private final Map<Long, PastedLine> pasted = new HashMap<>();
    private final List<Path> uploaded = new ArrayList<>();
    private final Path uploadFolder;

    /** @param importRecorded told on the page's thread whenever the record of an import run here changes */
    ImportForm(
            ArchiveImportService importer,
            ImportHistory history,
            ListArchives lists,
            Project project,
            Executor executor,
            Runnable importRecorded) {
        this.importer = importer;
        this.history = history;
        this.lists = lists;
        this.importRecorded = importRecorded;
        // An import runs as the analyst who started it: the importer checks who is signed in, which a pool thread does
        // not otherwise know.
        this.executor = new DelegatingSecurityContextExecutor(executor);
        this.project = project;
        this.uploadFolder = temporaryFolder();
        outcomes.addClassName("import-outcomes");
        jobs.addClassName("import-jobs");
        // As wide as the page, so that a report's table has room for its reasons even when nothing was imported.
        jobs.setWidthFull();
        setPadding(false);
        add(archiveSection(), listSection(), pasteSection(), jobs, outcomes);
    }

    private VerticalLayout archiveSection() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new ArchiveUploadHandler(
                importer.maxUploadBytes(),
                (metadata, file) -> {
                    // Readers tell formats apart partly by name (.eml, 2013-November.txt), so keep it.
                    Path named = uploadFolder.resolve(
                            Path.of(metadata.fileName()).getFileName().toString());
                    Files.move(file.toPath(), named, StandardCopyOption.REPLACE_EXISTING);
                    synchronized (uploaded) {
                        uploaded.add(named);
                    }
                },
                reason -> ui.access(() -> showFirst(refusal(reason)))));
        // Any file is taken, and its content says what it is: mailboxes often have no ending at all (Thunderbird's
        // "Inbox", a Maildir's message files), and a file that is not mail is refused with the reason.
        upload.setMaxFiles(500);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxUploadBytes()));
        upload.addAllFinishedListener(finished -> {
            // The job's title names the files; a list of dozens of months would push its progress out of sight.
            upload.clearFileList();
            importUploads();
        });
        upload.addFileRejectedListener(rejected ->
                showFirst(refusal(rejected.getFileName() + ": " + rejected.getErrorMessage() + " Nothing was read.")));
        return section(
                "Archive files",
                "Pipermail months (2013-November.txt or .txt.gz), mbox files (Thunderbird's mailboxes too), .eml and"
                        + " Apple Mail's .emlx files, saved message pages, or a .zip of them or of a mail folder."
                        + " Drop several at once.",
                upload);
    }

    private VerticalLayout listSection() {
        TextField address = new TextField("List archive address");
        address.setHelperText("The archive's index, or a page in it, or the list's information page");
        address.setPlaceholder("https://lists.example.org/pipermail/bestbits/");
        address.setWidth("28rem");
        TextField from = new TextField("From month");
        from.setPlaceholder("2013-10");
        from.setWidth("8rem");
        TextField to = new TextField("To month");
        to.setPlaceholder("2013-12");
        to.setWidth("8rem");
        Button fetch = new Button(
                "Import from the list", click -> importList(address.getValue(), from.getValue(), to.getValue()));
        Button look = new Button("See its months", click -> lookUpMonths(address.getValue(), from, to));
        look.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(address, from, to, fetch, look);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return section(
                "A list's archive on the web",
                "Caucus fetches the months you choose from a pipermail (Mailman 2), HyperKitty (Mailman 3) or IETF"
                        + " archive.",
                row);
    }

    private VerticalLayout pasteSection() {
        TextArea pasted = new TextArea("Text of one message");
        pasted.setWidthFull();
        pasted.setMinHeight("8rem");
        pasted.addClassName("pasted-page");
        Button importPasted = new Button("Import pasted text", click -> {
            importPasted("pasted text", pasted.getValue().getBytes(StandardCharsets.UTF_8));
            pasted.clear();
        });
        return section(
                "Pasted message",
                "The text of an archived pipermail message page (the [list] subject line, the author line, the date"
                        + " line, then the body), or a message's source as your mail program shows it (its header"
                        + " lines, a blank line, then the body).",
                pasted,
                importPasted);
    }

    private void importUploads() {
        List<Path> files;
        synchronized (uploaded) {
            files = List.copyOf(uploaded);
            uploaded.clear();
        }
        if (files.isEmpty()) {
            return;
        }
        ImportJobPanel job = newJob(title(files));
        job.start(
                executor,
                progress -> {
                    try {
                        return importer.importUploads(project, files, progress);
                    } finally {
                        files.forEach(ImportForm::deleteQuietly);
                    }
                },
                importRecorded);
    }

    static String title(List<Path> files) {
        return "Importing " + Counted.of(files.size(), "file") + ": " + ImportedSources.files(files);
    }

    private void importList(String address, String from, String to) {
        YearMonth first;
        YearMonth last;
        try {
            first = from.isBlank() ? null : YearMonth.parse(from.strip());
            last = to.isBlank() ? null : YearMonth.parse(to.strip());
        } catch (DateTimeParseException e) {
            showFirst(refusal("Months are written like 2013-11; '" + e.getParsedString()
                    + "' is not a month. Nothing was fetched."));
            return;
        }
        newJob("Importing " + ImportedSources.list(address.strip(), first, last))
                .start(
                        executor,
                        progress -> importer.importListUrl(project, address.strip(), first, last, progress),
                        importRecorded);
    }

    /**
     * Reads the list's index on the pool, since a slow server must not hold the page, and says what it offers. Empty
     * month fields are filled with its first and last month, for the analyst to narrow.
     */
    private void lookUpMonths(String address, TextField from, TextField to) {
        UI ui = UI.getCurrent();
        executor.execute(() -> {
            try {
                ListArchive archive = lists.months(project, address.strip());
                ui.access(() -> {
                    Paragraph line = new Paragraph(archive.describe());
                    line.addClassName("list-months");
                    showFirst(line);
                    if (from.isEmpty() && to.isEmpty()) {
                        // The address of one month's file asks for that month.
                        YearMonth named =
                                ListArchiveAddress.monthFileNamed(address).orElse(null);
                        from.setValue((named == null ? archive.first() : named).toString());
                        to.setValue((named == null ? archive.last() : named).toString());
                    }
                });
            } catch (ListArchiveFetcher.FetchException e) {
                // The fetcher's reasons may end in a question ("is it the archive of a mailing list?").
                String reason = sentence(e.getMessage());
                ui.access(() -> showFirst(refusal(reason + " Nothing was fetched.")));
            }
        });
    }

    private void importPasted(String sourceName, byte[] bytes) {
        ImportOutcome outcome = importer.importMessageText(project, sourceName, bytes);
        if (outcome.refused()) {
            showFirst(refusal(sentence(outcome.refusal()) + " Nothing was stored."));
        } else {
            String said = outcome.duplicate()
                    ? sourceName + ": already in the project, nothing added."
                    : sourceName + ": imported as message " + outcome.messageId() + "." + warned(outcome);
            Paragraph line = new Paragraph(said + " ");
            Anchor read = new Anchor("messages/" + outcome.messageId(), "Read it");
            line.add(read);
            if (outcome.runId() != null) {
                pasted.put(outcome.runId(), new PastedLine(line, read));
            }
            line.addClassName("import-ok");
            if (!outcome.warnings().isEmpty()) {
                line.addClassName("import-warned");
            }
            showFirst(line);
        }
        importRecorded.run();
    }

    /**
     * An import taken back from the list below: a report or pasted page shown here for it no longer links to its
     * messages, which would open onto nothing.
     */
    void importRemoved(PastImport run) {
        jobs.getChildren()
                .filter(ImportJobPanel.class::isInstance)
                .map(ImportJobPanel.class::cast)
                .forEach(job -> job.importRemoved(run));
        PastedLine line = pasted.remove(run.runId());
        if (line != null) {
            line.line().remove(line.read());
            line.line().add(new Span("Removed since, with its import."));
        }
    }

    /** A pasted page's outcome, and the link in it to the message stored. */
    private record PastedLine(Paragraph line, Anchor read) {}

    /** The warnings in full, since a pasted page's report is otherwise only among the earlier imports. */
    private static String warned(ImportOutcome outcome) {
        List<String> warnings = outcome.warnings();
        if (warnings.isEmpty()) {
            return "";
        }
        return (warnings.size() == 1 ? " One warning: " : " " + warnings.size() + " warnings: ")
                + String.join(" ", warnings.stream().map(ImportForm::sentence).toList());
    }

    /** The text ended as a sentence, unless it already ends as one. */
    private static String sentence(String text) {
        return text.matches("(?s).*[.?!]") ? text : text + ".";
    }

    private ImportJobPanel newJob(String title) {
        ImportJobPanel job = new ImportJobPanel(title, history);
        jobs.addComponentAsFirst(job);
        job.scrollIntoView();
        return job;
    }

    /** The answers come below all three ways in, so the newest is brought into view wherever it was asked for. */
    private void showFirst(Paragraph outcome) {
        outcomes.addComponentAsFirst(outcome);
        outcome.scrollIntoView();
    }

    private static Paragraph refusal(String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName("import-refused");
        return line;
    }

    private static VerticalLayout section(String title, String help, Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(title), new Paragraph(help));
        section.add(content);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("caucus-upload");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a folder for uploads", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the import itself is done
        }
    }
}
