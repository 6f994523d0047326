package org.caucus.corpus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.ToIntFunction;
import org.caucus.corpus.ImportCounts;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ImportRemoval;
import org.caucus.corpus.ImportStatus;
import org.caucus.corpus.PastImport;
import org.caucus.project.Project;
import org.caucus.project.ui.AnalystZone;

/**
 * The imports the project has had, newest first, each opening onto its report: what an analyst checks before citing
 * a corpus ("which months went in, and did anything fail?"), long after the page that ran them was closed.
 */
class EarlierImports extends VerticalLayout {

    private static final int SHOWN_WHOLE = 12;

    private final ImportHistory history;
    private final ImportRemoval removal;
    private final Project project;
    // Only the project's owners may take an import back.
    private final boolean owner;
    // Whether this server is running an import: one that has not ended and is not running here stopped with a server.
    private final LongPredicate runningHere;
    private final Grid<PastImport> runs = new Grid<>();
    private final Paragraph none = new Paragraph("Nothing has been imported into this project yet.");
    private Consumer<PastImport> removedListener = run -> {};

    EarlierImports(
            ImportHistory history, ImportRemoval removal, Project project, boolean owner, LongPredicate runningHere) {
        this.history = history;
        this.removal = removal;
        this.project = project;
        this.owner = owner;
        this.runningHere = runningHere;
        setPadding(false);
        setWidthFull();
        addClassName("earlier-imports");
        ZoneId zone = AnalystZone.ofBrowser();
        runs.addColumn(run -> ImportReportView.WHEN.format(run.startedAt().atZone(zone)))
                .setKey("started")
                .setHeader("Started (" + zone.getId() + ")")
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(PastImport::sources)
                .setKey("sources")
                .setHeader("What")
                .setTooltipGenerator(PastImport::sources)
                .setFlexGrow(1);
        runs.addColumn(run -> run.removed() ? "removed" : outcome(run))
                .setKey("outcome")
                .setHeader("Outcome")
                .setTooltipGenerator(run ->
                        run.removed() ? ImportReportView.removedOn(run.removedAt(), zone) : outcomeExplained(run))
                .setAutoWidth(true)
                .setFlexGrow(0);
        count("read", "Read", ImportCounts::read);
        count("imported", "Imported", ImportCounts::imported);
        count("duplicates", "Duplicates", ImportCounts::duplicates);
        count("warnings", "Warnings", ImportCounts::warnings);
        count("failed", "Failed", ImportCounts::failed);
        runs.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        runs.addClassName("earlier-imports-grid");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        runs.setWidthFull();
        H3 heading = new H3("Earlier imports");
        Paragraph hint =
                new Paragraph("Click an import to see its report again, with the bytes of each message that failed"
                        + (owner ? ", and to remove the messages it stored." : "."));
        hint.addClassName("earlier-imports-hint");
        add(heading, hint, runs, none);
        refresh();
    }

    /** @param listener told of an import taken back here, once it is listed as removed */
    void whenRemoved(Consumer<PastImport> listener) {
        this.removedListener = listener;
    }

    private void removed(long runId) {
        List<PastImport> past = refresh();
        past.stream().filter(run -> run.runId() == runId).findFirst().ifPresent(removedListener);
    }

    /**
     * Read again after an import on this page has ended, so that it is listed at once.
     *
     * @return the imports as now listed
     */
    List<PastImport> refresh() {
        List<PastImport> past = history.of(project.getId());
        runs.setItems(past);
        // Columns are sized to the rows they first showed: "done" left no room for "not ended".
        runs.recalculateColumnWidths();
        TableHeight.fit(runs, past.size(), SHOWN_WHOLE, "28rem");
        runs.setVisible(!past.isEmpty());
        none.setVisible(past.isEmpty());
        return past;
    }

    /** The import's report, and for an owner the way to take it back. */
    private Component details(PastImport run) {
        ImportReportView report =
                new ImportReportView(history.report(run.runId()).orElseThrow(), history);
        boolean runningHere = this.runningHere.test(run.runId());
        if (run.removed()) {
            report.markRemoved(run.removedAt());
        } else if (run.status() == ImportStatus.RUNNING && !runningHere) {
            report.markNotEnded(history.messagesStoredBy(run.runId()));
        }
        if (!owner || !run.removable() || runningHere) {
            return report;
        }
        Button remove = new Button(
                "Remove its messages…",
                // Counted, not taken from the report: an import that did not end reports nothing.
                click -> new RemoveImportDialog(
                                removal,
                                project,
                                run,
                                history.messagesStoredBy(run.runId()),
                                () -> removed(run.runId()))
                        .open());
        remove.addClassName("remove-import");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        report.add(remove);
        return report;
    }

    private void count(String key, String header, ToIntFunction<ImportCounts> count) {
        runs.addColumn(run -> "%,d".formatted(count.applyAsInt(run.counts())))
                .setKey(key)
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private String outcome(PastImport run) {
        return switch (run.status()) {
            case DONE -> "done";
            case CANCELLED -> "cancelled";
            case FAILED -> "stopped by an error";
            case RUNNING -> runningHere.test(run.runId()) ? "running" : "not ended";
        };
    }

    private String outcomeExplained(PastImport run) {
        return switch (run.status()) {
            case DONE -> "Every file given was read.";
            case CANCELLED -> "Cancelled after a whole batch; importing the same files again adds what is missing.";
            case FAILED -> "The whole messages stored before the error are kept; importing again completes it.";
            // Its counts are written when it ends, so they stay at nought.
            case RUNNING ->
                runningHere.test(run.runId())
                        ? "Running on this server now; its counts are written when it ends."
                        : "Stopped with the server before it ended, or running on another of the team's servers: its"
                                + " counts are not known. Importing the same files again completes it; its messages"
                                + " can also be removed.";
        };
    }
}
