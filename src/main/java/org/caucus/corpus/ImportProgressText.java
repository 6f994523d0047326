package org.caucus.corpus;

import java.time.Duration;
import java.util.OptionalDouble;
import org.caucus.shared.Counted;

/** What an import's progress says, in the same words on the Import page and on the command line. */
public final class ImportProgressText {

    private ImportProgressText() {}

    public static String readingThreads(int storedMessages) {
        return "Reading the threads of the " + Counted.of(storedMessages, "message")
                + " the project holds, to place the new ones in them…";
    }

    public static String readingBack(int storedMessages) {
        return "Reading back the " + Counted.of(storedMessages, "message")
                + " the project holds, so that quotes of them are traced to them…";
    }

    public static String readingFiles() {
        return "Reading the files…";
    }

    /**
     * Messages done, their rate, the time left when the number of files is known, and the file being read.
     *
     * @param seconds how long the files have been read
     */
    public static String reading(ImportCounts counts, double seconds, int sourcesStarted, int sourcesExpected) {
        double elapsed = Math.max(1e-3, seconds);
        String rate = Counted.of(counts.read(), "message") + String.format(", %,.0f/s", counts.read() / elapsed);
        String left = "";
        OptionalDouble done = done(sourcesStarted, sourcesExpected);
        if (done.isPresent()) {
            Duration remaining = Duration.ofSeconds(Math.round(elapsed / done.getAsDouble() - elapsed));
            left = String.format(", about %d min %02d s left", remaining.toMinutes(), remaining.toSecondsPart());
        }
        return rate + left + " (file " + sourcesStarted + (sourcesExpected > 0 ? " of " + sourcesExpected : "") + ").";
    }

    /**
     * How much of the import is done, counted in files, the one being read as half done; empty while the number of
     * files is not known (a list's months before its index is read).
     */
    public static OptionalDouble done(int sourcesStarted, int sourcesExpected) {
        return sourcesExpected > 0 && sourcesStarted > 0
                ? OptionalDouble.of(Math.min(1.0, (sourcesStarted - 0.5) / sourcesExpected))
                : OptionalDouble.empty();
    }

    public static String finishing(ImportProgress.Step step, ImportCounts counts) {
        boolean one = counts.imported() == 1;
        String stored = Counted.of(counts.imported(), "message") + " stored. ";
        return switch (step) {
            case EARLIER_QUOTES ->
                stored + "Looking for " + (one ? "it" : "them") + " in the quotes of messages imported before…";
            case THREADS -> stored + "Placing " + (one ? "it in its thread…" : "them in their threads…");
        };
    }

    public static String waitingForEarlierImport() {
        return "Waiting for the import already running in this project to end; this one begins then.";
    }
}
