package org.caucus.corpus;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.caucus.corpus.importing.ListArchiveFetcher;
import org.caucus.corpus.importing.MailSources;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.corpus.importing.PastedMessageReader;
import org.caucus.corpus.importing.ReadOutcome;
import org.caucus.corpus.importing.UnreadableMessageException;
import org.caucus.project.Project;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports whole archives: every message read is stored with its blocks, counted as a duplicate,
 * or recorded as failed with its bytes and the reason; the rest of the batch goes on.
 *
 * <p>Messages are stored in batches, each in one transaction, so a killed import leaves whole
 * messages only, and running it again adds what is missing and nothing twice.
 */
@Service
public class ArchiveImportService {

    private final MessageRepository messages;
    private final ImportRuns runs;
    private final ParticipantDirectory directory;
    private final MessageWriter writer;
    private final ThreadService threads;
    private final ThreadEvidence threadEvidence;
    private final StoredOrigins storedOrigins;
    private final UntracedQuotes untracedQuotes;
    private final TransactionTemplate transactions;
    private final ImportSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProjectImports projectImports;
    // The archive imports this server has begun and not yet ended.
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();
    private final SmallImports smallImports;
    private final ListNamesService listNames;

    ArchiveImportService(
            MessageRepository messages,
            ImportRuns runs,
            ParticipantDirectory directory,
            MessageWriter writer,
            ThreadService threads,
            ThreadEvidence threadEvidence,
            StoredOrigins storedOrigins,
            UntracedQuotes untracedQuotes,
            TransactionTemplate transactions,
            ImportSettings settings,
            Clock clock,
            ApplicationEventPublisher events,
            ProjectImports projectImports,
            SmallImports smallImports,
            ListNamesService listNames) {
        this.messages = messages;
        this.runs = runs;
        this.directory = directory;
        this.writer = writer;
        this.threads = threads;
        this.threadEvidence = threadEvidence;
        this.storedOrigins = storedOrigins;
        this.untracedQuotes = untracedQuotes;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.projectImports = projectImports;
        this.smallImports = smallImports;
        this.listNames = listNames;
    }

    /** An upload larger than this is refused before it is read. */
    public long maxUploadBytes() {
        return settings.maxUploadBytes();
    }

    /** Imports files and folders (archives, mbox files, e-mail files, zips, saved pages). */
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public ImportReport importPaths(Project project, List<Path> paths, ImportProgress progress) {
        return importFiles(project, paths, progress, (sources, sink, expect) -> sources.read(paths, sink));
    }

    /** Imports files uploaded to the server, which keeps them in a folder of its own ({@link MailSources#readUploaded}). */
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public ImportReport importUploads(Project project, List<Path> files, ImportProgress progress) {
        return importFiles(project, files, progress, (sources, sink, expect) -> sources.readUploaded(files, sink));
    }

    private ImportReport importFiles(Project project, List<Path> paths, ImportProgress progress, Reading reading) {
        int files = paths.stream().mapToInt(MailSources::countSources).sum();
        return run(project, ImportedSources.files(paths), files, progress, reading);
    }

    /**
     * Imports the months of a list's archive on the web (pipermail or HyperKitty) from its address, for the months
     * from {@code from} to {@code to} (either may be null for an open end). How many months that is is known once the
     * list's index is read, and progress is measured against it from then on.
     */
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public ImportReport importListUrl(
            Project project, String listUrl, YearMonth from, YearMonth to, ImportProgress progress) {
        return run(project, ImportedSources.list(listUrl, from, to), 0, progress, (sources, sink, expect) -> {
            try (ListArchiveFetcher fetcher = new ListArchiveFetcher(sources, ListArchiveFetcher.Limits.DEFAULTS)) {
                fetcher.read(listUrl, from, to, expect, sink);
            }
        });
    }

    /** Imports one uploaded or downloaded source. */
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public ImportReport importStream(Project project, String sourceName, InputStream in, ImportProgress progress) {
        return run(project, sourceName, 1, progress, (sources, sink, expect) -> sources.read(sourceName, in, sink));
    }

    /**
     * Imports one message given as text, pasted or uploaded: a pipermail message page's text, or the message's source
     * ({@link PastedMessageReader}). It is stored as an archive import would store it: its quotes are traced to the
     * project's messages, and the quotes of those to it. The whole message is stored or nothing is: a text that cannot
     * be read as one message is refused before anything is written. Either way it is recorded with the other imports,
     * in the same transaction, so that a project made in the caller's transaction may take it. While an archive import
     * into the project runs, the text is refused.
     */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public ImportOutcome importMessageText(Project project, String sourceName, byte[] bytes) {
        try {
            projectImports.holdUntilTransactionEnds(project.getId(), sourceName + " cannot be imported");
        } catch (ImportRunningException busy) {
            return ImportOutcome.refused(sourceName, busy.getMessage());
        }
        Instant started = clock.instant();
        ParsedMessage parsed;
        try {
            parsed = new PastedMessageReader(settings.mailSources()).read(sourceName, bytes);
        } catch (UnreadableMessageException refused) {
            runs.recordWhole(
                    project,
                    sourceName,
                    started,
                    clock.instant(),
                    ImportCounts.NONE.plusFailed(false),
                    List.of(new ImportReport.Problem(
                            sourceName, sourceName, ImportReport.Outcome.FAILED, refused.getMessage(), null, null)));
            return ImportOutcome.refused(sourceName, refused.getMessage());
        }
        Optional<Long> held = smallImports.held(project, parsed);
        if (held.isPresent()) {
            runs.recordWhole(
                    project, sourceName, started, clock.instant(), ImportCounts.NONE.plusDuplicate(), List.of());
            return ImportOutcome.duplicate(sourceName, held.get());
        }
        long runId = runs.beginWithin(project, sourceName, started);
        SmallImports.SmallImport page = smallImports.begin(project, runId, List.of(parsed));
        StoredText stored = page.store(sourceName, parsed);
        long messageId = stored.messageId();
        page.finish();
        List<ImportReport.Problem> warnings = stored.problems(sourceName);
        runs.endWithin(runId, ImportCounts.NONE.plusImported(!warnings.isEmpty()), warnings, clock.instant());
        return ImportOutcome.imported(sourceName, messageId, stored.warnings(), runId);
    }

    /** Reads the sources of one import, handing every outcome to {@code sink}. */
    @FunctionalInterface
    private interface Reading {
        /**
         * @param sources readers that know the messages the import already holds
         * @param expect told how many sources there are, when that is learnt only by reading (a list's index)
         */
        void read(MailSources sources, Consumer<ReadOutcome> sink, IntConsumer expect);
    }

    private ImportReport run(
            Project project, String sources, int expectedSources, ImportProgress progress, Reading reading) {
        long runId = runs.start(project, sources, clock.instant());
        runningHere.add(runId);
        try {
            Optional<ProjectImports.Turn> turn = projectImports.awaitTurn(project.getId(), progress);
            if (turn.isEmpty()) {
                return runs.finish(runId, true, ImportCounts.NONE, 0, List.of(), clock.instant());
            }
            try (ProjectImports.Turn held = turn.get()) {
                return runInTurn(project, runId, expectedSources, progress, reading);
            }
        } finally {
            runningHere.remove(runId);
        }
    }

    /**
     * Whether this server is running the import now, waiting for its turn included. An import whose record says it
     * has not ended and that is not running here stopped with a server, or runs on another of the team's.
     */
    public boolean isRunningHere(long runId) {
        return runningHere.contains(runId);
    }

    private ImportReport runInTurn(
            Project project, long runId, int expectedSources, ImportProgress progress, Reading reading) {
        Batch batch = new Batch(project, runId, expectedSources, progress);
        boolean cancelled = false;
        int earlierQuotesTraced;
        try {
            try {
                reading.read(settings.mailSources().knowing(batch::holds), batch::accept, batch::expect);
                batch.store();
            } catch (ImportCancelled stop) {
                batch.store();
                cancelled = true;
            } finally {
                batch.storing.shutdownNow();
            }
            earlierQuotesTraced = batch.traceEarlierQuotes();
            if (batch.trees != null) {
                progress.finishing(ImportProgress.Step.THREADS, batch.counts);
                threadEvidence.recreditMoved(threads.settle(batch.trees));
                threadEvidence.creditUnattributedQuotes(project);
            }
        } catch (RuntimeException | Error e) {
            // An error too (the heap or the stack run out): else the import would be listed as running for good.
            runs.fail(runId, batch.counts, clock.instant());
            announce(project, batch);
            throw e;
        }
        announce(project, batch);
        return runs.finish(runId, cancelled, batch.counts, earlierQuotesTraced, batch.problems, clock.instant());
    }

    /**
     * Only after the last batch: copies of the messages (the search index) are then made in bulk, not per batch, and
     * after the import reports done.
     */
    private void announce(Project project, Batch batch) {
        List<Long> ids;
        synchronized (batch.committedIds) {
            ids = List.copyOf(batch.committedIds);
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new MessagesImported(project.getId(), ids));
        }
    }

    /** A read outcome with its body already segmented, or known to be a duplicate. */
    private record Prepared(
            ReadOutcome outcome,
            boolean duplicate,
            List<BodySegment> segments,
            long readNumber,
            List<Optional<QuoteOriginIndex.Origin>> origins) {

        static Prepared asIs(ReadOutcome outcome) {
            return new Prepared(outcome, false, List.of(), 0, List.of());
        }

        static Prepared duplicateOf(ReadOutcome outcome) {
            return new Prepared(outcome, true, List.of(), 0, List.of());
        }
    }

    /** Thrown out of the reader's callback to stop reading when the importer is cancelled. */
    private static final class ImportCancelled extends RuntimeException {
        ImportCancelled() {
            super(null, null, false, false);
        }
    }

    /** The outcomes read since the last store, and the running counts. */
    private final class Batch {

        private final Project project;
        private final long runId;
        private final ImportProgress progress;
        private volatile int expectedSources;
        private final Set<String> startedSources = ConcurrentHashMap.newKeySet();
        // One writer thread: batches are stored in order, one at a time, while the reader goes on.
        private final ExecutorService storing = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("caucus-import-writer").daemon().factory());
        // Touched by the reading thread only.
        private final Set<String> knownKeys;
        // How many messages the project held when the import began.
        private final int messagesHeldBefore;
        private final ParticipantIndex participants;
        // Touched by the reading thread only.
        private final ListSpellings lists;
        // Read with the stored messages' text, when the first new message is; touched by the writer thread only from
        // then until the last batch is stored. Null while no message new to the project was read.
        private RunningThreads trees;
        private List<Prepared> pending = new ArrayList<>();
        private Future<?> writing = CompletableFuture.completedFuture(null);
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        private volatile ImportCounts counts = ImportCounts.NONE;
        // Touched by the reading thread, but for what the writer thread says it stored; null until a message new to the
        // project is read. The writer sees it through the hand-over of the batch that holds that message.
        private ProjectOrigins origins;
        // What is read first into a project that holds messages, held back until it is known whether the import brings
        // only a few new ones (see StoredOrigins); null once that is known. Touched by the reading thread only.
        private List<ReadOutcome> heldBack;
        // The messages new to the project among those held back.
        private final List<ParsedMessage> newHeldBack = new ArrayList<>();
        // Set when all was read while held back: the import brings these new messages and no others.
        private List<ParsedMessage> fewComing;
        // Ids of the messages whose batch has committed. The writer thread adds them; after a failure the reading
        // thread may read them while the writer still runs.
        private final List<Long> committedIds = new ArrayList<>();

        Batch(Project project, long runId, int expectedSources, ImportProgress progress) {
            this.project = project;
            this.runId = runId;
            this.expectedSources = expectedSources;
            this.progress = progress;
            this.knownKeys = new HashSet<>(messages.findDedupeKeys(project.getId()));
            this.messagesHeldBefore = knownKeys.size();
            if (messagesHeldBefore > 0) {
                heldBack = new ArrayList<>();
            }
            this.participants = directory.index(project);
            this.lists = listNames.spellings(project.getId());
        }

        /**
         * Read when the first new message is, with the project's threads: an import that brings nothing new (the same
         * archive again) reads neither.
         */
        private ProjectOrigins origins() {
            if (origins == null) {
                if (messagesHeldBefore > 0) {
                    progress.readingThreads(messagesHeldBefore);
                }
                trees = threads.start(project);
                if (messagesHeldBefore > 0) {
                    progress.readingStoredMessages(messagesHeldBefore);
                }
                origins = fewComing == null
                        ? storedOrigins.all(project.getId())
                        : storedOrigins.sharingWith(project.getId(), messagesHeldBefore, fewComing);
                if (messagesHeldBefore > 0) {
                    progress.storedMessagesRead();
                }
            }
            return origins;
        }

        void expect(int sources) {
            expectedSources = sources;
        }

        void accept(ReadOutcome outcome) {
            if (progress.cancelled()) {
                throw new ImportCancelled();
            }
            startedSources.add(outcome.position().sourceName());
            if (heldBack != null) {
                holdBack(outcome);
            } else {
                prepareLater(outcome);
            }
        }

        /**
         * Holds back what is read until a batch's worth of new messages is. The project's stored messages are read
         * back to trace the quotes of the first new one; for a few new messages, looking up the stored ones that share
         * passages with them is quicker than reading every one back.
         */
        private void holdBack(ReadOutcome outcome) {
            heldBack.add(outcome);
            if (outcome instanceof ReadOutcome.Read read
                    && !knownKeys.contains(MessageWriter.dedupeKey(read.message()))) {
                newHeldBack.add(read.message());
                if (newHeldBack.size() >= settings.batchSize()) {
                    // Many come: they are all read back, and these need not be kept for the rest of the import.
                    newHeldBack.clear();
                    releaseHeldBack();
                }
            }
        }

        /** Goes on with what was held back, once the import is known to bring many new messages or is read whole. */
        private void releaseHeldBack() {
            List<ReadOutcome> held = heldBack;
            heldBack = null;
            held.forEach(this::prepareLater);
        }

        private void prepareLater(ReadOutcome outcome) {
            pending.add(
                    switch (outcome) {
                        case ReadOutcome.Read read -> prepare(read);
                        case ReadOutcome.Duplicate copy -> Prepared.duplicateOf(copy);
                        default -> Prepared.asIs(outcome);
                    });
            if (pending.size() >= settings.batchSize()) {
                handOver();
            }
        }

        /**
         * Whether a message with this Message-ID is stored or was read earlier in this import, asked by the reader
         * (on the reading thread) before it decodes the body. The same key as {@link #prepare} keeps, so a copy of a
         * message whose first copy failed to read is still read and stored.
         */
        boolean holds(String messageId) {
            return knownKeys.contains(MessageWriter.messageIdKey(messageId));
        }

        /**
         * Segmenting and finding origins need no database, so they run here while the writer stores the
         * previous batch. Archives often hold a message twice: the reader hands over a copy with a known Message-ID as
         * a duplicate unread (see {@link #holds}); a copy without one is known here, by the hash of its bytes.
         */
        private Prepared prepare(ReadOutcome.Read whole) {
            if (!knownKeys.add(MessageWriter.dedupeKey(whole.message()))) {
                return Prepared.duplicateOf(whole);
            }
            // Fitted before segmenting, so that the poster's name is the same in the blocks as in the participants.
            MessageWriter.Segmented segmented = writer.segment(
                    FieldLimits.fit(
                            lists.spelled(whole.message()), whole.position().toString()),
                    whole.position().toString());
            ParsedMessage message = segmented.message();
            ReadOutcome.Read read = new ReadOutcome.Read(whole.position(), message);
            List<BodySegment> segments = segmented.segments();
            Instant sentAt = message.sentAt() == null ? null : message.sentAt().toInstant();
            List<Optional<QuoteOriginIndex.Origin>> found = origins().origins(message.body(), segments, sentAt);
            long readNumber = origins.add(message.body(), segments, sentAt);
            return new Prepared(read, false, segments, readNumber, found);
        }

        /**
         * Once every batch is stored: the quotes that earlier imports could not trace may quote a message this one
         * stored. Nothing to do on a first import into an empty project, or when none stored has a date.
         *
         * @return how many quotes were traced
         */
        int traceEarlierQuotes() {
            Set<Long> storedNow;
            synchronized (committedIds) {
                storedNow = new HashSet<>(committedIds);
            }
            if (messagesHeldBefore == 0
                    || origins == null
                    || origins.earliestAdded().isEmpty()
                    || storedNow.isEmpty()) {
                return 0;
            }
            progress.finishing(ImportProgress.Step.EARLIER_QUOTES, counts);
            return untracedQuotes.traceAgain(project.getId(), origins, storedNow, origins.onlyStored());
        }

        /** Waits for the batch being written, then gives the writer thread the next one. */
        private void handOver() {
            awaitWriting();
            List<Prepared> batch = pending;
            pending = new ArrayList<>();
            writing = storing.submit(() -> storeBatch(batch));
        }

        /** Stores what is pending and waits until everything handed over is written. */
        void store() {
            if (heldBack != null) {
                fewComing = newHeldBack;
                releaseHeldBack();
            }
            handOver();
            awaitWriting();
        }

        private void awaitWriting() {
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while storing messages", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
            }
        }

        private void storeBatch(List<Prepared> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<Long> ids = new ArrayList<>(batch.size());
            transactions.executeWithoutResult(status -> {
                MessageInserts inserts = writer.inserts(runId);
                batch.forEach(prepared -> storeOne(prepared, ids, inserts));
                inserts.insert();
            });
            synchronized (committedIds) {
                committedIds.addAll(ids);
            }
            progress.advanced(counts, startedSources.size(), expectedSources);
        }

        private void storeOne(Prepared prepared, List<Long> ids, MessageInserts inserts) {
            switch (prepared.outcome()) {
                case ReadOutcome.Read read -> storeRead(read, prepared, ids, inserts);
                case ReadOutcome.Failed failed ->
                    fail(
                            failed.position().toString(),
                            failed.position().sourceName(),
                            failed.reason(),
                            failed.raw(),
                            true);
                case ReadOutcome.Refused refused ->
                    fail(refused.position().toString(), refused.position().sourceName(), refused.reason(), null, false);
                case ReadOutcome.Duplicate copy -> counts = counts.plusDuplicate();
                // Listed, so that no file given leaves the report without a word.
                case ReadOutcome.Skipped skipped ->
                    record(
                            new ImportReport.Problem(
                                    skipped.position().sourceName(),
                                    skipped.position().toString(),
                                    ImportReport.Outcome.SKIPPED,
                                    skipped.reason(),
                                    null,
                                    null),
                            null);
            }
        }

        private void storeRead(ReadOutcome.Read read, Prepared prepared, List<Long> ids, MessageInserts inserts) {
            if (prepared.duplicate()) {
                counts = counts.plusDuplicate();
                return;
            }
            ParsedMessage message = read.message();
            MessageWriter.Written written = writer.write(
                    project,
                    read.position().sourceName(),
                    message,
                    prepared.segments(),
                    origins.resolved(prepared.origins()),
                    participants,
                    trees,
                    inserts);
            origins.stored(prepared.readNumber(), written);
            long messageId = written.messageId();
            ids.add(messageId);
            List<String> warnings = message.warnings();
            if (!warnings.isEmpty()) {
                // A warning names its message, which must then be in the table already.
                inserts.insert();
            }
            for (String warning : warnings) {
                record(
                        new ImportReport.Problem(
                                read.position().sourceName(),
                                read.position().toString(),
                                ImportReport.Outcome.WARNING,
                                warning,
                                messageId,
                                null),
                        null);
            }
            counts = counts.plusImported(!warnings.isEmpty());
        }

        private void fail(String position, String sourceName, String reason, byte[] raw, boolean aMessage) {
            record(
                    new ImportReport.Problem(sourceName, position, ImportReport.Outcome.FAILED, reason, null, null),
                    raw);
            counts = counts.plusFailed(aMessage);
        }

        private void record(ImportReport.Problem problem, byte[] raw) {
            problems.add(runs.recordProblem(runId, problem, raw));
        }
    }
}
