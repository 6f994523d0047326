package org.caucus.corpus.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToIntFunction;
import org.caucus.corpus.ImportCounts;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.PastImport;
import org.caucus.project.ui.AnalystZone;

/**
 * The imports the project has had, newest first, each opening onto its report: what an analyst checks before citing
 * a corpus ("which months went in, and did anything fail?"), long after the page that ran them was closed.
 */
class EarlierImports extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ImportHistory history;
    private final long projectId;
    private final Grid<PastImport> runs = new Grid<>();
    private final Paragraph none = new Paragraph("Nothing has been imported into this project yet.");

    EarlierImports(ImportHistory history, long projectId) {
        this.history = history;
        this.projectId = projectId;
        setPadding(false);
        setWidthFull();
        addClassName("earlier-imports");
        ZoneId zone = AnalystZone.ofBrowser();
        runs.addColumn(run -> WHEN.format(run.startedAt().atZone(zone)))
                .setKey("started")
                .setHeader("Started (" + zone.getId() + ")")
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(PastImport::sources)
                .setKey("sources")
                .setHeader("What")
                .setTooltipGenerator(PastImport::sources)
                .setFlexGrow(1);
        runs.addColumn(run -> outcome(run))
                .setKey("outcome")
                .setHeader("Outcome")
                .setAutoWidth(true);
        count("read", "Read", ImportCounts::read);
        count("imported", "Imported", ImportCounts::imported);
        count("duplicates", "Duplicates", ImportCounts::duplicates);
        count("warnings", "Warnings", ImportCounts::warnings);
        count("failed", "Failed", ImportCounts::failed);
        runs.setItemDetailsRenderer(new ComponentRenderer<>(run -> history.report(run.runId())
                .map(report -> new ImportReportView(report, history))
                .orElseThrow()));
        runs.addClassName("earlier-imports-grid");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        runs.setAllRowsVisible(true);
        runs.setWidthFull();
        H3 heading = new H3("Earlier imports");
        Paragraph hint = new Paragraph(
                "Click an import to see its report again, with the bytes of each message that" + " failed.");
        hint.addClassName("earlier-imports-hint");
        add(heading, hint, runs, none);
        refresh();
    }

    /** Read again after an import on this page has ended, so that it is listed at once. */
    void refresh() {
        List<PastImport> past = history.of(projectId);
        runs.setItems(past);
        runs.setVisible(!past.isEmpty());
        none.setVisible(past.isEmpty());
    }

    private void count(String key, String header, ToIntFunction<ImportCounts> count) {
        runs.addColumn(run -> "%,d".formatted(count.applyAsInt(run.counts())))
                .setKey(key)
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static String outcome(PastImport run) {
        return switch (run.status()) {
            case DONE -> "done";
            case CANCELLED -> "cancelled";
            case FAILED -> "stopped by an error";
            // Its counts stay at nought until it ends; importing the same files again completes what it stored.
            case RUNNING -> "not ended: still running, or stopped with the server";
        };
    }
}
