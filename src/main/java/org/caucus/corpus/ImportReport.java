package org.caucus.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * What an import did: counts, and one line per message that was not fully understood, naming
 * the source and the position in it.
 *
 * @param earlierQuotesTraced quotes in messages of earlier imports that it traced to the messages it stored
 */
public record ImportReport(
        long runId, boolean cancelled, ImportCounts counts, int earlierQuotesTraced, List<Problem> problems) {

    /** What became of a message or a file that was not fully understood. */
    public enum Outcome {
        /** Imported, with something the analyst should know. */
        WARNING,
        /** Not imported: a message that could not be read, or a file refused. */
        FAILED,
        /** Left out on purpose, with nothing lost: a mail program's own file, a month given twice. */
        SKIPPED;

        /** As reports write it: "warning", "failed", "skipped". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param messageId the stored message a warning is about; {@code null} for failures
     * @param keptBytesId for a message that failed, the problem record keeping its bytes, which {@link
     *     ImportHistory#failedMessage} gives back; {@code null} for a warning or a refused file
     */
    public record Problem(
            String sourceName, String position, Outcome outcome, String reason, Long messageId, Long keptBytesId) {

        /** Whether the message (or file) was not imported. */
        public boolean failed() {
            return outcome == Outcome.FAILED;
        }

        /**
         * The reason without the position it starts with ("2011-March.txt.gz, message 83: the body is empty"), for a
         * table that shows the position beside it.
         */
        public String reasonAlone() {
            String prefix = position + ": ";
            return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
        }
    }

    public boolean allRead() {
        return counts.failed() == 0 && !cancelled;
    }

    /** The per-message report as RFC 4180 CSV, for a spreadsheet or a script. */
    public void writeCsv(Writer out) {
        try {
            out.write("source,position,outcome,reason,message\r\n");
            for (Problem problem : problems) {
                out.write(String.join(
                                ",",
                                csv(problem.sourceName()),
                                csv(problem.position()),
                                problem.outcome().label(),
                                csv(problem.reason()),
                                problem.messageId() == null
                                        ? ""
                                        : problem.messageId().toString())
                        + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line for people: "Read 14,486, imported 7,240, duplicates 7,246, warnings 3, failed 0.", and what it did to
     * the messages of earlier imports when it did anything.
     */
    public String summary() {
        String counted = String.format(
                "Read %,d, imported %,d, duplicates %,d, warnings %,d, failed %,d%s.",
                counts.read(),
                counts.imported(),
                counts.duplicates(),
                counts.warnings(),
                counts.failed(),
                cancelled ? " (cancelled)" : "");
        return switch (earlierQuotesTraced) {
            case 0 -> counted;
            case 1 -> counted + " 1 quote in messages imported before was traced to a message of this import.";
            default ->
                String.format(
                        "%s %,d quotes in messages imported before were traced to messages of this import.",
                        counted, earlierQuotesTraced);
        };
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would run as a formula when a spreadsheet opens the file.
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
