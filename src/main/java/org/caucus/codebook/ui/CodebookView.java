package org.caucus.codebook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.caucus.codebook.CodebookCsvException;
import org.caucus.codebook.CodebookEntry;
import org.caucus.codebook.CodebookFile;
import org.caucus.codebook.CodebookImport;
import org.caucus.codebook.CodebookService;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.shared.Counted;

/**
 * The codebook editor: issues and their positions in order, with how many passages each position
 * codes (while coding is blind, how many of the coder's own). Rows are reordered by dragging; a
 * chosen row is edited on the right. The codebook goes out and comes in as CSV.
 */
@PermitAll
@Route("codebook")
@PageTitle("Codebook · Caucus")
class CodebookView extends VerticalLayout {

    private final CodebookService codebook;
    private final CodebookFile file;
    private final BlindCoding blindCoding;
    private final Optional<Project> project;
    final TreeGrid<CodebookEntry> tree = new TreeGrid<>();
    private Grid.Column<CodebookEntry> usage;
    final TextField newIssue = new TextField();
    final IssueEditor issueEditor;
    final PositionEditor positionEditor;
    final Div importOutcome = new Div();
    private List<CodebookEntry.IssueEntry> issues = List.of();
    private CodebookEntry dragged;

    CodebookView(CodebookService codebook, CodebookFile file, OpenProject openProject, BlindCoding blindCoding) {
        this.codebook = codebook;
        this.file = file;
        this.blindCoding = blindCoding;
        this.project = openProject.project();
        setSizeFull();
        issueEditor = new IssueEditor(codebook, this::refresh);
        positionEditor = new PositionEditor(codebook, this::refresh);
        issueEditor.setVisible(false);
        positionEditor.setVisible(false);
        VerticalLayout editors = new VerticalLayout(issueEditor, positionEditor);
        editors.setWidth("30rem");
        editors.setPadding(false);
        configureTree();
        HorizontalLayout body = new HorizontalLayout(tree, editors);
        body.setSizeFull();
        body.setFlexGrow(1, tree);
        importOutcome.addClassName("codebook-import-outcome");
        add(new H2("Codebook"), toolbar(), importOutcome, body);
        refresh();
    }

    private HorizontalLayout toolbar() {
        newIssue.addClassName("new-issue");
        newIssue.setPlaceholder("A question in the debate");
        newIssue.setWidth("24rem");
        Button addIssue = new Button(
                "Add issue",
                VaadinIcon.PLUS.create(),
                click -> project.ifPresent(shown -> {
                    try {
                        codebook.addIssue(shown, newIssue.getValue(), null);
                        newIssue.clear();
                        refresh();
                    } catch (IllegalArgumentException refused) {
                        showImport(refused.getMessage(), true);
                    }
                }));
        addIssue.addClassName("add-issue");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    StringWriter csv = new StringWriter();
                    project.ifPresent(shown -> file.export(shown.getId(), csv));
                    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "codebook.csv", "text/csv", bytes.length);
                }),
                "Export CSV");
        export.addClassName("codebook-export");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> importCsv(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import CSV", VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("or drop a codebook file"));
        HorizontalLayout toolbar = new HorizontalLayout(newIssue, addIssue, export, upload);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        return toolbar;
    }

    /** Imports a codebook file; package-private so that the view test can hand one in. */
    void importCsv(String fileName, byte[] bytes) {
        if (project.isEmpty()) {
            return;
        }
        try {
            CodebookImport done = file.importCsv(
                    project.get(),
                    fileName,
                    new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            showImport(fileName + ": " + done.summary(), false);
            refresh();
        } catch (CodebookCsvException refused) {
            importOutcome.removeAll();
            showImport(fileName + " was not imported, nothing was changed:", true);
            refused.problems().forEach(problem -> importOutcome.add(line(problem, true)));
        }
    }

    private void showImport(String text, boolean refused) {
        importOutcome.removeAll();
        importOutcome.add(line(text, refused));
    }

    private static Paragraph line(String text, boolean refused) {
        Paragraph line = new Paragraph(text);
        line.addClassName(refused ? "codebook-refused" : "codebook-imported");
        if (refused) {
            line.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return line;
    }

    private void configureTree() {
        tree.addClassName("codebook-tree");
        tree.setEmptyStateText("The codebook is empty: name a question of the debate above and add it as an issue, then"
                + " add the positions taken on it; or import a codebook CSV.");
        tree.addHierarchyColumn(CodebookEntry::name)
                .setHeader("Issue / position")
                .setFlexGrow(1);
        tree.addComponentColumn(CodebookView::swatch)
                .setHeader("Colour")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(entry -> entry instanceof CodebookEntry.PositionEntry p
                                && p.details().shortcut() != null
                        ? p.details().shortcut()
                        : "")
                .setKey("shortcut")
                .setHeader("Key")
                .setAutoWidth(true)
                .setFlexGrow(0);
        usage = tree.addColumn(entry -> switch (entry) {
                    case CodebookEntry.PositionEntry p -> Counted.of(p.passages(), "passage");
                    case CodebookEntry.IssueEntry i -> Counted.of(i.positions().size(), "position");
                })
                .setKey("usage")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.setRowsDraggable(true);
        tree.setDropMode(GridDropMode.BETWEEN);
        tree.addDragStartListener(start -> dragged = start.getDraggedItems().getFirst());
        tree.addDragEndListener(end -> dragged = null);
        tree.addDropListener(
                drop -> drop.getDropTargetItem().ifPresent(target -> move(dragged, target, drop.getDropLocation())));
        tree.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        tree.setSizeFull();
    }

    /**
     * Moves a dragged row beside the row it was dropped on: an issue among the issues, a position
     * among the positions of the issue it lands in (dropped below an issue: that issue's first).
     */
    void move(CodebookEntry moved, CodebookEntry target, GridDropLocation location) {
        if (moved == null || moved.equals(target)) {
            return;
        }
        int after = location == GridDropLocation.BELOW ? 1 : 0;
        try {
            switch (moved) {
                case CodebookEntry.IssueEntry issue -> {
                    long targetIssue = target instanceof CodebookEntry.PositionEntry p ? p.issueId() : target.id();
                    codebook.moveIssue(issue.id(), indexAfterRemoval(issueIds(), issue.id(), targetIssue, after));
                }
                case CodebookEntry.PositionEntry position -> {
                    if (target instanceof CodebookEntry.IssueEntry issue) {
                        codebook.movePosition(position.id(), issue.id(), 0);
                    } else {
                        CodebookEntry.PositionEntry beside = (CodebookEntry.PositionEntry) target;
                        List<Long> siblings = issues.stream()
                                .filter(i -> i.id() == beside.issueId())
                                .flatMap(i -> i.positions().stream())
                                .map(CodebookEntry::id)
                                .toList();
                        codebook.movePosition(
                                position.id(),
                                beside.issueId(),
                                indexAfterRemoval(siblings, position.id(), beside.id(), after));
                    }
                }
            }
        } catch (IllegalArgumentException refused) {
            showImport(refused.getMessage(), true);
        }
        refresh();
    }

    /** Where {@code moved} goes among {@code order} once taken out of it, beside {@code target}. */
    private static int indexAfterRemoval(List<Long> order, long moved, long target, int after) {
        List<Long> without = order.stream().filter(id -> id != moved).toList();
        return without.indexOf(target) + after;
    }

    private List<Long> issueIds() {
        return issues.stream().map(CodebookEntry::id).toList();
    }

    private void edit(CodebookEntry entry) {
        issueEditor.setVisible(entry instanceof CodebookEntry.IssueEntry);
        positionEditor.setVisible(entry instanceof CodebookEntry.PositionEntry);
        switch (entry) {
            case CodebookEntry.IssueEntry issue -> issueEditor.edit(issue);
            case CodebookEntry.PositionEntry position ->
                positionEditor.edit(
                        position,
                        issues.stream()
                                .flatMap(i -> i.positions().stream())
                                .filter(other -> other.id() != position.id())
                                .toList());
            case null -> {}
        }
    }

    private void refresh() {
        issues = project.map(shown -> codebook.codebook(shown.getId())).orElse(List.of());
        boolean onlyOwn = project.flatMap(shown -> blindCoding.onlyOwnCoding(shown.getId()))
                .isPresent();
        usage.setHeader(onlyOwn ? "Used by you (coding is blind)" : "Used");
        CodebookEntry selected = tree.asSingleSelect().getValue();
        tree.setItems(issues.stream().map(CodebookEntry.class::cast).toList(), entry -> switch (entry) {
            case CodebookEntry.IssueEntry issue ->
                issue.positions().stream().map(CodebookEntry.class::cast).toList();
            case CodebookEntry.PositionEntry position -> List.of();
        });
        tree.expandRecursively(issues.stream().map(CodebookEntry.class::cast).toList(), 1);
        Optional<CodebookEntry> again = selected == null ? Optional.empty() : find(selected);
        again.ifPresentOrElse(tree::select, () -> edit(null));
    }

    private Optional<CodebookEntry> find(CodebookEntry entry) {
        return issues.stream()
                .flatMap(issue -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of((CodebookEntry) issue), issue.positions().stream()))
                .filter(candidate -> candidate.getClass() == entry.getClass() && candidate.id() == entry.id())
                .findFirst();
    }

    private static Span swatch(CodebookEntry entry) {
        Span swatch = new Span();
        if (entry instanceof CodebookEntry.PositionEntry position) {
            swatch.getStyle()
                    .set("display", "inline-block")
                    .set("width", "1.2rem")
                    .set("height", "1.2rem")
                    .set("border-radius", "var(--lumo-border-radius-s)")
                    .set("background", position.details().colour());
        }
        return swatch;
    }
}
