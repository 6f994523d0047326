package org.caucus.corpus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ImportReport;
import org.caucus.project.ui.AnalystZone;
import org.caucus.shared.Counted;

/**
 * An import's report: its counts, then each message or file it could not fully understand, with where it was and
 * why, a link to a warned message, the bytes of a failed one, and the whole as CSV.
 */
class ImportReportView extends VerticalLayout {

    private static final int SHOWN_WHOLE = 6;
    /** How a report and the list of earlier imports write a time. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    // The messages the import stored, on the Messages page; gone with them when the import is taken back.
    private final Anchor messages;

    ImportReportView(ImportReport report, ImportHistory history) {
        messages = new Anchor("messages?import=" + report.runId(), "Show its messages");
        setPadding(false);
        setWidthFull();
        addClassName("import-report");
        Paragraph summary = new Paragraph(report.summary());
        // A cancelled import read less than it was given, but nothing went wrong: only failures are shown as such.
        summary.addClassName(report.counts().failed() > 0 ? "import-refused" : "import-ok");
        add(summary);
        if (report.counts().imported() > 0) {
            messages.addClassName("import-messages-link");
            add(messages);
        }
        if (report.cancelled()) {
            Paragraph resume = new Paragraph("Cancelled after the last whole batch: files and messages not reached"
                    + " were not read. Importing the same files again adds only what is missing.");
            resume.addClassName("import-cancelled-note");
            add(resume);
        }
        if (!report.problems().isEmpty()) {
            Grid<ImportReport.Problem> problems = new Grid<>();
            problems.addColumn(problem -> problem.outcome().label())
                    .setHeader("Outcome")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(ImportReport.Problem::position)
                    .setHeader("Where")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(ImportReport.Problem::reasonAlone)
                    .setHeader("Reason")
                    .setFlexGrow(1);
            problems.addComponentColumn(problem -> messageLink(problem, history))
                    .setKey("message")
                    .setHeader("Message")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.setItems(report.problems());
            // A reason says what to do about it, so it is read whole, not cut off at the column's edge.
            problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            // Thousands of lines scroll in a table of their own, above the CSV link.
            TableHeight.fit(problems, report.problems().size(), SHOWN_WHOLE, "16rem");
            problems.setWidthFull();
            add(problems, new Anchor(csv(report), "Download the report (CSV)"));
        }
    }

    /**
     * Says that the import was taken back, under a report whose "Read it" links no longer lead anywhere: its problems
     * were read again after the removal, and no longer name a message.
     */
    void markRemoved(Instant removedAt) {
        messages.removeFromParent();
        Paragraph removed = new Paragraph(removedOn(removedAt, AnalystZone.ofBrowser()));
        removed.addClassName("import-removed-note");
        add(removed);
    }

    /**
     * Says that the import did not end, and how many messages it had stored, which its counts (written when an import
     * ends) do not say; with the way to them.
     */
    void markNotEnded(int stored) {
        Paragraph note = new Paragraph("It did not end: it stopped with a server, or is running on another of the"
                + " team's servers. " + Counted.of(stored, "message")
                + " of it " + (stored == 1 ? "is" : "are") + " stored.");
        note.addClassName("import-not-ended-note");
        addComponentAtIndex(1, note);
        if (stored > 0) {
            messages.addClassName("import-messages-link");
            addComponentAtIndex(2, messages);
        }
    }

    static String removedOn(Instant removedAt, ZoneId zone) {
        return "Its messages were removed on " + WHEN.format(removedAt.atZone(zone)) + ".";
    }

    /**
     * A warned message was stored, and the analyst may want to see what the warning is about; a failed one was not,
     * and its bytes are all there is to look at.
     */
    private static Component messageLink(ImportReport.Problem problem, ImportHistory history) {
        if (problem.messageId() != null) {
            return new Anchor("messages/" + problem.messageId(), "Read it");
        }
        if (problem.keptBytesId() != null) {
            long kept = problem.keptBytesId();
            Anchor bytes = new Anchor(
                    OriginalDownload.of(
                            "failed-message-" + kept,
                            () -> history.failedMessage(kept).orElseThrow()),
                    "Download its bytes");
            bytes.addClassName("import-failed-bytes");
            return bytes;
        }
        return new Span();
    }

    private static DownloadHandler csv(ImportReport report) {
        StringWriter writer = new StringWriter();
        report.writeCsv(writer);
        byte[] bytes = writer.toString().getBytes(StandardCharsets.UTF_8);
        return DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "import-report-" + report.runId() + ".csv", "text/csv", bytes.length));
    }
}
