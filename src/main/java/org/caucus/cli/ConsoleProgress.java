package org.caucus.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.caucus.corpus.ImportCounts;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.ImportProgressText;

/**
 * An import's progress on the command line: a line at most every few seconds while the files are read, and one as each
 * step before and after them begins. A whole archive takes a minute or more, and without a word the command would seem
 * to hang. The lines go to standard error, so that a script reading the report from standard output is not disturbed.
 */
final class ConsoleProgress implements ImportProgress {

    static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream lines;
    private final LongSupplier nanos;
    private long startedNanos;
    private long printedNanos;
    private long readingBackSince;

    ConsoleProgress(PrintStream lines, LongSupplier nanos) {
        this.lines = lines;
        this.nanos = nanos;
        this.startedNanos = nanos.getAsLong();
        this.printedNanos = startedNanos;
    }

    @Override
    public void readingThreads(int storedMessages) {
        // The threads and then the stored messages are read before the files: neither is the reading's time.
        readingBackSince = nanos.getAsLong();
        lines.println(ImportProgressText.readingThreads(storedMessages));
    }

    @Override
    public void readingStoredMessages(int storedMessages) {
        lines.println(ImportProgressText.readingBack(storedMessages));
    }

    @Override
    public void storedMessagesRead() {
        long now = nanos.getAsLong();
        startedNanos += now - readingBackSince;
        printedNanos = now;
        lines.println(ImportProgressText.readingFiles());
    }

    @Override
    public void advanced(ImportCounts counts, int sourcesStarted, int sourcesExpected) {
        long now = nanos.getAsLong();
        if (now - printedNanos >= EVERY_NANOS) {
            printedNanos = now;
            lines.println(
                    ImportProgressText.reading(counts, (now - startedNanos) / 1e9, sourcesStarted, sourcesExpected));
        }
    }

    @Override
    public void finishing(Step step, ImportCounts counts) {
        lines.println(ImportProgressText.finishing(step, counts));
    }

    @Override
    public void waitingForEarlierImport() {
        lines.println(ImportProgressText.waitingForEarlierImport());
    }

    @Override
    public void startedAfterWaiting() {
        startedNanos = nanos.getAsLong();
        printedNanos = startedNanos;
    }
}
