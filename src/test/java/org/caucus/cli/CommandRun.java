package org.caucus.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.caucus.CaucusApplication;

/** One run of {@code java -jar caucus.jar ...} inside the test JVM, with what it printed. */
record CommandRun(int exitCode, String out, String err) {

    /**
     * As {@code java -jar} runs it: the command prints to the process's own standard output and error, which also
     * receive whatever the libraries print.
     */
    static CommandRun onStandardStreams(String... args) {
        return run(args, true);
    }

    static CommandRun of(String... args) {
        return run(args, false);
    }

    private static CommandRun run(String[] args, boolean asStandardStreams) {
        PrintStream standardOut = System.out;
        PrintStream standardErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        if (asStandardStreams) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
        }
        try {
            int code = CaucusCommandLine.run(CaucusApplication.class, args, capturedOut, capturedErr);
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(standardOut);
            System.setErr(standardErr);
        }
    }
}
