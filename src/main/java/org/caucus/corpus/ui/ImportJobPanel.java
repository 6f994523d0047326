package org.caucus.corpus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.caucus.corpus.ImportCounts;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.ImportProgressText;
import org.caucus.corpus.ImportReport;
import org.caucus.corpus.PastImport;

/**
 * Runs one import in the background and shows it: a progress bar with messages done, their rate
 * and the time left, a Cancel button, and the report when it is done. The page stays responsive
 * because the import never runs on the request thread.
 */
class ImportJobPanel extends VerticalLayout implements ImportProgress {

    private final Paragraph title;
    private final ImportHistory history;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span("Starting…");
    private final Button cancel = new Button("Cancel");
    // Reset when the import begins after waiting for another, so that the rate counts its own time only.
    private volatile long startedNanos = System.nanoTime();
    private volatile long readingBackSince;
    private volatile boolean cancelled;
    private volatile boolean firstBatchStored;
    private UI ui;
    private Runnable recorded;
    // The report shown once the import ended; null until then, and after a failure.
    private ImportReport shown;

    /**
     * @param title what is being imported; it stays above the report, which may sit among others
     * @param history where the report's failed messages are kept
     */
    ImportJobPanel(String title, ImportHistory history) {
        this.title = new Paragraph(title);
        this.history = history;
        this.title.addClassName("import-title");
        setPadding(false);
        setWidthFull();
        addClassName("import-job");
        status.addClassName("import-status");
        bar.setIndeterminate(true);
        cancel.addClickListener(click -> {
            cancelled = true;
            cancel.setEnabled(false);
            status.setText(status.getText() + " Cancelling after the current batch…");
        });
        add(this.title, bar, new HorizontalLayout(status, cancel));
    }

    /**
     * Starts the import on {@code executor}; {@code importer} is given this panel to report progress to.
     *
     * @param recorded told on the page's thread whenever the import's record among the earlier imports changes: as it
     *     begins to wait for another import, once its first batch is stored, and once it has ended, whether it
     *     reported or failed
     */
    void start(Executor executor, Function<ImportProgress, ImportReport> importer, Runnable recorded) {
        ui = UI.getCurrent();
        this.recorded = recorded;
        executor.execute(() -> {
            try {
                ImportReport report = importer.apply(this);
                ui.access(() -> {
                    showReport(report);
                    recorded.run();
                });
            } catch (RuntimeException | Error e) {
                // An error too: the page would otherwise show the import starting for good.
                ui.access(() -> {
                    showFailure(e);
                    recorded.run();
                });
            }
        });
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void waitingForEarlierImport() {
        ui.access(() -> {
            status.setText(ImportProgressText.waitingForEarlierImport());
            recorded.run();
        });
    }

    @Override
    public void startedAfterWaiting() {
        startedNanos = System.nanoTime();
        ui.access(() -> status.setText("Starting…"));
    }

    @Override
    public void readingThreads(int storedMessages) {
        // The threads and then the stored messages are read before the files: neither is the reading's time.
        readingBackSince = System.nanoTime();
        ui.access(() -> status.setText(ImportProgressText.readingThreads(storedMessages)));
    }

    @Override
    public void readingStoredMessages(int storedMessages) {
        ui.access(() -> status.setText(ImportProgressText.readingBack(storedMessages)));
    }

    @Override
    public void storedMessagesRead() {
        // The rate and the time left are the reading's: the time taken reading back would understate both.
        startedNanos += System.nanoTime() - readingBackSince;
        ui.access(() -> status.setText(ImportProgressText.readingFiles()));
    }

    @Override
    public void advanced(ImportCounts counts, int sourcesStarted, int sourcesExpected) {
        String text = ImportProgressText.reading(
                counts, (System.nanoTime() - startedNanos) / 1e9, sourcesStarted, sourcesExpected);
        ImportProgressText.done(sourcesStarted, sourcesExpected)
                .ifPresent(done -> ui.access(() -> {
                    bar.setIndeterminate(false);
                    bar.setValue(done);
                }));
        boolean first = !firstBatchStored;
        firstBatchStored = true;
        ui.access(() -> {
            status.setText(text);
            if (first) {
                recorded.run();
            }
        });
    }

    @Override
    public void finishing(Step step, ImportCounts counts) {
        String text = ImportProgressText.finishing(step, counts);
        ui.access(() -> {
            // Every batch is stored: there is nothing left to cancel, and no file count to measure by.
            cancel.setEnabled(false);
            bar.setIndeterminate(true);
            status.setText(text);
        });
    }

    /** An import taken back: if it is this panel's, its report is read again and says so. */
    void importRemoved(PastImport run) {
        if (shown == null || shown.runId() != run.runId()) {
            return;
        }
        removeAll();
        ImportReportView report =
                new ImportReportView(history.report(run.runId()).orElseThrow(), history);
        report.markRemoved(run.removedAt());
        add(title, report);
    }

    private void showReport(ImportReport report) {
        shown = report;
        removeAll();
        add(title, new ImportReportView(report, history));
        if (report.counts().imported() > 0) {
            Paragraph search = new Paragraph("The messages can be read and coded now. Search finds them once they are"
                    + " indexed, which goes on in the background; until then the Search page says that results may be"
                    + " missing.");
            search.addClassName("import-search-note");
            add(search);
        }
    }

    private void showFailure(Throwable e) {
        removeAll();
        Paragraph failure = new Paragraph("The import stopped: " + e.getMessage()
                + ". Whole messages stored before the problem are kept; importing again completes it.");
        failure.addClassName("import-refused");
        add(title, failure);
    }
}
