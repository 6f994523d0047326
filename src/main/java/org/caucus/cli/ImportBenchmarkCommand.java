package org.caucus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.ImportReport;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchIndex;
import org.caucus.shared.Counted;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-import}: imports a folder of pipermail archives into a fresh database and
 * prints the rate beside two references measured in the same run, because absolute times on a
 * shared machine drift: the time merely to read and gunzip the files (the I/O floor), and, when
 * python3 is present, the time Python's standard {@code mailbox} module takes to parse their
 * headers. The first import is the cold one of a fresh JVM; {@code --runs} (3 unless given) repeats it into new
 * projects of the same database to show the same work once the JIT compiler has compiled it. {@code --then} names a
 * few more messages to import into the first run's project afterwards, against the same into an empty project: what
 * an analyst adding a month to a large project waits for.
 */
@Component
class ImportBenchmarkCommand implements Command {

    private static final double MB = 1024.0 * 1024.0;

    // Headers only, compat32 policy: the cheapest parse Python's standard library offers.
    private static final String PYTHON_REFERENCE = """
            import gzip, mailbox, os, shutil, sys, tempfile
            from email.parser import BytesHeaderParser
            from email.policy import compat32
            parser = BytesHeaderParser(policy=compat32)
            count = 0
            with tempfile.TemporaryDirectory() as tmp:
                for name in sorted(os.listdir(sys.argv[1])):
                    path = os.path.join(sys.argv[1], name)
                    if name.endswith('.txt.gz'):
                        plain = os.path.join(tmp, name[:-3])
                        with gzip.open(path, 'rb') as src, open(plain, 'wb') as dst:
                            shutil.copyfileobj(src, dst)
                        path = plain
                    elif not name.endswith('.txt'):
                        continue
                    for message in mailbox.mbox(path, factory=parser.parse, create=False):
                        count += 1
            print(count)
            """;

    private final ProjectService projects;
    private final ArchiveImportService importer;
    private final SearchIndex searchIndex;

    ImportBenchmarkCommand(ProjectService projects, ArchiveImportService importer, SearchIndex searchIndex) {
        this.projects = projects;
        this.importer = importer;
        this.searchIndex = searchIndex;
    }

    @Override
    public String name() {
        return "benchmark-import";
    }

    /**
     * CPU time of the whole process (every thread, the collector's too): on a machine shared with other work, wall
     * time swings with the load while this moves much less.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Override
    public String usage() {
        return "--data-dir EMPTY_DIR [--runs 3] [--then FILE] FOLDER_OF_ARCHIVES   (run with -Xmx512m)";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("runs", "then"));
        int runs = arguments.positiveCount("runs", 3);
        if (arguments.operands().size() != 1
                || !Files.isDirectory(Path.of(arguments.operands().getFirst()))) {
            throw new UsageException("Name one folder of archives, such as ../shared/corpora/twisted-python.");
        }
        Optional<Path> then = arguments.option("then").map(Path::of);
        if (then.isPresent() && !Files.exists(then.get())) {
            throw new UsageException("--then " + then.get() + ": there is no such file.");
        }
        if (!projects.isEmpty()) {
            throw new UsageException("The benchmark needs a fresh database: give --data-dir an empty folder.");
        }
        Path folder = Path.of(arguments.operands().getFirst());
        List<Path> files = archives(folder);

        long start = System.nanoTime();
        long bytes = readAndInflate(files);
        double ioSeconds = seconds(start);
        out.printf("I/O floor: read and gunzip %d files, %.1f MB, in %.2f s%n", files.size(), bytes / MB, ioSeconds);

        Double pythonSeconds = pythonReference(folder, out);

        Project first = projects.create("benchmark");
        Timed cold = timedImport(first, folder);
        ImportReport report = cold.report();
        int messages = report.counts().read();
        out.printf(
                "Caucus import: %d messages (%d imported, %d duplicates, %d failed) in %.2f s: %.0f messages/s,"
                        + " %.1f MB/s, peak heap %.0f MB of %.0f MB%n",
                messages,
                report.counts().imported(),
                report.counts().duplicates(),
                report.counts().failed(),
                cold.seconds(),
                messages / cold.seconds(),
                bytes / MB / cold.seconds(),
                cold.peakHeap() / MB,
                Runtime.getRuntime().maxMemory() / MB);
        // A folder may hold more than archives: say what failed, so that a refused file is not taken for a lost
        // message.
        report.problems().stream()
                .filter(ImportReport.Problem::failed)
                .limit(5)
                .forEach(problem -> out.println("  failed: " + problem.reason()));
        // The import reports done once every message is stored and threaded; search catches up behind it.
        out.printf(
                "  stored and threaded with CPU %.1f s; then indexed for search in the background in %.2f s (CPU %.1f s):"
                        + " searchable after %.2f s%n",
                cold.cpuSeconds(), cold.indexingSeconds(), cold.indexingCpuSeconds(), cold.searchableSeconds());
        out.printf("Ratio to the I/O floor: %.1fx%n", cold.seconds() / ioSeconds);
        if (pythonSeconds != null) {
            out.printf(
                    "Ratio to Python's header-only parse: %.2fx (%.2fx until searchable)%n",
                    cold.seconds() / pythonSeconds, cold.searchableSeconds() / pythonSeconds);
        }
        if (runs > 1) {
            // The first import of a fresh JVM also pays for compiling the code it runs; a server imports archive after
            // archive, so the later runs show what an import costs once compiled.
            out.println("The same import again, each time into a new project of the same database, the JVM warm:");
        }
        for (int run = 2; run <= runs; run++) {
            Timed warm = timedImport(projects.create("benchmark-" + run), folder);
            out.printf(
                    "  run %d: %d imported in %.2f s: %.0f messages/s, CPU %.1f s, peak heap %.0f MB;"
                            + " searchable after %.2f s%s%n",
                    run,
                    warm.report().counts().imported(),
                    warm.seconds(),
                    warm.report().counts().read() / warm.seconds(),
                    warm.cpuSeconds(),
                    warm.peakHeap() / MB,
                    warm.searchableSeconds(),
                    pythonSeconds == null
                            ? ""
                            : String.format("; ratio to Python %.2fx", warm.seconds() / pythonSeconds));
        }
        then.ifPresent(more -> importMore(more, first, cold.report().counts().imported(), out));
        return OK;
    }

    /**
     * Imports {@code more} into an empty project, then into the large one: the first is the reference, and the
     * difference is what the large project's size costs (reading its messages back to trace quotes to them, its
     * threads to place the new ones in).
     */
    private void importMore(Path more, Project large, int held, PrintStream out) {
        Timed alone = timedImport(projects.create("benchmark-then"), more);
        ReadBack readBack = new ReadBack();
        Timed added = timedImport(large, more, readBack);
        out.printf(
                "Then %s, %s: into an empty project %.2f s; into the first run's project of %,d messages"
                        + " %.2f s, of which %.2f s reading its messages back: %.1fx%n",
                more.getFileName(),
                Counted.of(added.report().counts().imported(), "message"),
                alone.seconds(),
                held,
                added.seconds(),
                readBack.seconds(),
                added.seconds() / alone.seconds());
    }

    /** How long an import took to read the project's stored messages back. */
    private static final class ReadBack implements ImportProgress {

        private long started;
        private long ended;

        @Override
        public void readingStoredMessages(int storedMessages) {
            started = System.nanoTime();
        }

        @Override
        public void storedMessagesRead() {
            ended = System.nanoTime();
        }

        double seconds() {
            return (ended - started) / 1e9;
        }
    }

    private Timed timedImport(Project project, Path source) {
        return timedImport(project, source, ImportProgress.NONE);
    }

    /** One import, timed until it reports done and then until its messages are searchable. */
    private Timed timedImport(Project project, Path source, ImportProgress progress) {
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        long startCpu = processCpuNanos();
        ImportReport report = importer.importPaths(project, List.of(source), progress);
        long imported = System.nanoTime();
        long importedCpu = processCpuNanos();
        searchIndex.awaitImportsIndexed();
        long indexed = System.nanoTime();
        long indexedCpu = processCpuNanos();
        return new Timed(
                report,
                (imported - start) / 1e9,
                (importedCpu - startCpu) / 1e9,
                (indexed - imported) / 1e9,
                (indexedCpu - importedCpu) / 1e9,
                heap.stop());
    }

    /** An import's wall and CPU seconds until it reported done, and then for indexing its messages for search. */
    private record Timed(
            ImportReport report,
            double seconds,
            double cpuSeconds,
            double indexingSeconds,
            double indexingCpuSeconds,
            long peakHeap) {

        double searchableSeconds() {
            return seconds + indexingSeconds;
        }
    }

    private static List<Path> archives(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.txt(\\.gz)?"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long readAndInflate(List<Path> files) {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (Path file : files) {
            try (InputStream raw = Files.newInputStream(file);
                    InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    private static Double pythonReference(Path folder, PrintStream out) {
        try {
            Path script = Files.createTempFile("caucus-mailbox-reference", ".py");
            Files.writeString(script, PYTHON_REFERENCE, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            Process python = new ProcessBuilder("python3", script.toString(), folder.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean finished = python.waitFor(10, TimeUnit.MINUTES);
            double seconds = seconds(start);
            Files.deleteIfExists(script);
            if (!finished || python.exitValue() != 0) {
                out.println("Python reference: failed (" + output + ")");
                return null;
            }
            out.printf(
                    "Python mailbox, headers only: %s messages in %.2f s: %.0f messages/s%n",
                    output, seconds, Long.parseLong(output) / seconds);
            return seconds;
        } catch (IOException e) {
            out.println("Python reference: python3 is not available (" + e.getMessage() + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
