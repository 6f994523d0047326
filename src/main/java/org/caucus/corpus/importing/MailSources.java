package org.caucus.corpus.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The way in: picks the reader for a file, a folder or an uploaded stream by its content, unpacks {@code .gz} and
 * {@code .zip} within a bound, and turns every problem with a whole source into a {@link ReadOutcome.Refused} that
 * names it. Nothing here throws because of what a file contains.
 *
 * <p>When a compressed source passes the inflation bound, the messages read before that point have already been
 * handed over; the refusal follows them. Callers that must not keep a partial import should drop those outcomes.
 */
public final class MailSources {

    /** A whole source may inflate to at most this much (1 GiB): twisted-python's biggest month is under 3 MB. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 1L << 30;

    /** A single message may be at most this large (64 MiB); a larger one is kept truncated and marked failed. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L << 20;

    private static final Pattern PIPERMAIL_MONTH =
            Pattern.compile("^\\d{4}-[A-Za-z]+\\.txt(?:\\.gz)?$", Pattern.CASE_INSENSITIVE);

    /** How many .gz and .zip files may hold one another; a month zipped and then gzipped again is two. */
    static final int MAX_CONTAINERS = 10;

    private final long maxInflatedBytes;
    private final long maxMessageBytes;
    private final KnownMessageIds known;

    public MailSources() {
        this(DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_MESSAGE_BYTES);
    }

    public MailSources(long maxInflatedBytes, long maxMessageBytes) {
        this(maxInflatedBytes, maxMessageBytes, KnownMessageIds.NONE);
    }

    private MailSources(long maxInflatedBytes, long maxMessageBytes, KnownMessageIds known) {
        this.maxInflatedBytes = maxInflatedBytes;
        this.maxMessageBytes = maxMessageBytes;
        this.known = known;
    }

    /**
     * The same sources whose readers hand over a copy of a message that {@code known} holds as a {@link
     * ReadOutcome.Duplicate}, read no further than its header fields.
     */
    public MailSources knowing(KnownMessageIds known) {
        return new MailSources(maxInflatedBytes, maxMessageBytes, known);
    }

    /** The reader for a format, or null for the container and refusal formats. */
    public MailSourceReader readerFor(FormatSniffer.MailFormat format) {
        return switch (format) {
            case PIPERMAIL_TEXT -> new PipermailArchiveReader(maxMessageBytes, known);
            case MBOX -> new MboxReader(maxMessageBytes, known);
            case EML -> new EmlReader(maxMessageBytes, known);
            case APPLE_MAIL -> EmlReader.appleMail(maxMessageBytes, known);
            case PIPERMAIL_HTML -> new PipermailHtmlReader(known);
            case GZIP, ZIP, NOT_MAIL -> null;
        };
    }

    /**
     * Reads files and folders in {@link ReadingOrder reading order}, whatever order they were given or uploaded in: a
     * reply read before the message it quotes could not be traced to it.
     */
    public void read(List<Path> paths, Consumer<? super ReadOutcome> sink) {
        readTogether(paths, sink, this::read);
    }

    /**
     * Reads uploaded files, in reading order. Their folder is only where the server keeps uploads, so unlike a folder
     * of months on disk it does not name their list.
     */
    public void readUploaded(List<Path> files, Consumer<? super ReadOutcome> sink) {
        readTogether(
                files,
                sink,
                (file, within, each) -> read(file, file.getFileName().toString(), null, within, each));
    }

    /**
     * Sources given together, in reading order; when there are several and nothing but skipped files came of them, they
     * are refused as a whole, by their names.
     */
    private static void readTogether(List<Path> sources, Consumer<? super ReadOutcome> sink, SourceReading reading) {
        List<Path> inOrder = sources.stream().sorted(ReadingOrder.FILES).toList();
        Within within = Within.given(inOrder.size());
        NothingButSkipped together = new NothingButSkipped(sink);
        inOrder.forEach(source -> reading.read(source, within, together));
        if (within.oneOfMany()) {
            together.refuseIfNoMail(inOrder.stream()
                    .map(source -> String.valueOf(source.getFileName()))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** How one of the sources given together is read. */
    private interface SourceReading {
        void read(Path source, Within within, Consumer<? super ReadOutcome> sink);
    }

    /** Reads a file, or every file of a folder (and its sub-folders) in name order. */
    public void read(Path path, Consumer<? super ReadOutcome> sink) {
        read(path, Within.NOTHING, sink);
    }

    private void read(Path path, Within fileWithin, Consumer<? super ReadOutcome> sink) {
        if (Files.isDirectory(path)) {
            NothingButSkipped folder = new NothingButSkipped(sink);
            for (Path file : FolderFiles.read(path, folder)) {
                readFile(file, Within.FOLDER, folder);
            }
            folder.refuseIfNoMail(
                    path.getFileName() == null
                            ? path.toString()
                            : path.getFileName().toString());
        } else {
            readFile(path, fileWithin, sink);
        }
    }

    /**
     * Reads an uploaded or fetched source.
     *
     * @param sourceName the name it came with, used in every position and message
     */
    public void read(String sourceName, InputStream in, Consumer<? super ReadOutcome> sink) {
        readFromStart(sourceName, null, in, Within.NOTHING, sink);
    }

    /**
     * Reads one source from its first byte. One that fails part way (a download cut off, a damaged .gz) is refused
     * with how far it was read: the messages before that point are whole and have been handed on.
     *
     * @param within what held the source before it came here
     */
    private void readFromStart(
            String sourceName, String listName, InputStream in, Within within, Consumer<? super ReadOutcome> sink) {
        int[] handedOn = {0};
        try {
            readStream(sourceName, listName, in, new BoundedInputStream.Budget(maxInflatedBytes), within, outcome -> {
                handedOn[0]++;
                sink.accept(outcome);
            });
        } catch (IOException e) {
            sink.accept(
                    handedOn[0] == 0
                            ? ReadOutcome.Refused.unreadable(sourceName, e)
                            : new ReadOutcome.Refused(
                                    SourcePosition.wholeFile(sourceName),
                                    sourceName + ": could not be read past its first " + handedOn[0] + " messages ("
                                            + e.getMessage() + "); those were read"));
        }
    }

    /**
     * How many sources reading {@code path} begins: one per file of a folder, one per entry of a zip, else one. It
     * lets progress say "file 3 of 36" for a dropped zip of months; a zip it cannot open counts once, and reading it
     * says why.
     */
    public static int countSources(Path path) {
        if (Files.isDirectory(path)) {
            try {
                return FolderFiles.visible(path).stream()
                        .mapToInt(MailSources::countSources)
                        .sum();
            } catch (IOException | UncheckedIOException e) {
                return 0;
            }
        }
        if (!FormatSniffer.isZip(FormatSniffer.magic(path))) {
            // Opened as a zip, each month of an archive cost about 70 ms of looking for a directory that is not there.
            return 1;
        }
        try {
            return ZipEntries.countRead(path);
        } catch (IOException e) {
            return 1;
        }
    }

    /**
     * Reads one file under a name of the caller's choosing, such as a downloaded file that the analyst knows by its
     * URL.
     *
     * @param sourceName the name used in every position and message instead of the file's own name
     * @param listName the list the archive belongs to, or null when the source does not say
     */
    public void read(Path file, String sourceName, String listName, Consumer<? super ReadOutcome> sink) {
        read(file, sourceName, listName, Within.NOTHING, sink);
    }

    private void read(
            Path file, String sourceName, String listName, Within within, Consumer<? super ReadOutcome> sink) {
        if (InflationCheck.inflatesPast(file, maxInflatedBytes)) {
            sink.accept(bomb(sourceName, new InflationLimitException(maxInflatedBytes)));
            return;
        }
        byte[] magic = FormatSniffer.magic(file);
        if (FormatSniffer.isZip(magic) && readZipFile(file, sourceName, sink)) {
            return;
        }
        if (FormatSniffer.isGzip(magic)) {
            readGzipFile(file, sourceName, listName, within, sink);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            readFromStart(sourceName, listName, in, within, sink);
        } catch (IOException e) {
            sink.accept(ReadOutcome.Refused.unreadable(sourceName, e));
        }
    }

    private void readGzipFile(
            Path file, String sourceName, String listName, Within within, Consumer<? super ReadOutcome> sink) {
        try {
            switch (UnpackedGzip.of(file, new BoundedInputStream.Budget(maxInflatedBytes))) {
                case UnpackedGzip.Unpacked unpacked -> {
                    try (InputStream content = unpacked.content()) {
                        readFromStart(sourceName, listName, content, within.unpacked(), sink);
                    }
                }
                case UnpackedGzip.Damaged damaged -> sink.accept(refusal(sourceName, damaged));
            }
        } catch (InflationLimitException e) {
            sink.accept(bomb(sourceName, e));
        } catch (IOException e) {
            sink.accept(ReadOutcome.Refused.unreadable(sourceName, e));
        }
    }

    private void readFile(Path file, Within within, Consumer<? super ReadOutcome> sink) {
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        String folder = parent == null || parent.getFileName() == null
                ? ""
                : parent.getFileName().toString();
        read(file, name, listOfMonth(name, folder), within, sink);
    }

    /**
     * The list a pipermail month names by its folder ({@code twisted-python/2013-November.txt.gz}), on disk or in a
     * zip, as pipermail keeps its months; null for another file or a month with no folder.
     */
    private static String listOfMonth(String fileName, String folderName) {
        return PIPERMAIL_MONTH.matcher(fileName).matches() && !folderName.isEmpty() ? folderName : null;
    }

    /** {@link #listOfMonth} of a zip's entry. */
    private static String listOfMonth(String entryName) {
        int slash = entryName.lastIndexOf('/');
        String folder = entryName.substring(0, Math.max(slash, 0));
        return listOfMonth(entryName.substring(slash + 1), folder.substring(folder.lastIndexOf('/') + 1));
    }

    private void readStream(
            String sourceName,
            String listName,
            InputStream raw,
            BoundedInputStream.Budget budget,
            Within within,
            Consumer<? super ReadOutcome> sink)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(FormatSniffer.HEAD_BYTES);
        byte[] head = in.readNBytes(FormatSniffer.HEAD_BYTES);
        in.reset();
        FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(sourceName, head);
        boolean container =
                sniffed.format() == FormatSniffer.MailFormat.GZIP || sniffed.format() == FormatSniffer.MailFormat.ZIP;
        if (container && within.containers() >= MAX_CONTAINERS) {
            // Each level costs the reader a few frames of stack: thousands of levels (a few hundred KB) overflowed it.
            sink.accept(new ReadOutcome.Refused(
                    SourcePosition.wholeFile(sourceName),
                    sourceName + ": a .gz or .zip inside " + within.containers()
                            + " others; refused as a possible decompression bomb"));
            return;
        }
        switch (sniffed.format()) {
            case NOT_MAIL -> sink.accept(notMail(sourceName, sniffed, head.length == 0, within));
            case GZIP -> readGzip(sourceName, listName, in, budget, within.unpacked(), sink);
            case ZIP -> readZip(sourceName, in, budget, within.unpacked(), sink);
            default -> {
                // A byte-order mark is the file's, not its first message's: left in, it hid the first separator line.
                if (FormatSniffer.startsWithUtf8Bom(head)) {
                    in.skipNBytes(3);
                }
                readerFor(sniffed.format()).read(sourceName, listName, in, sink);
            }
        }
    }

    /**
     * A source that is not mail: refused with the reason, or skipped when it is only one of a folder's or a zip's files
     * and either empty (a mail program's mailbox that holds nothing), a mail program's own file beside the mail, or a
     * text the archive is published with.
     */
    private static ReadOutcome notMail(String sourceName, FormatSniffer.Sniffed sniffed, boolean empty, Within within) {
        SourcePosition position = SourcePosition.wholeFile(sourceName);
        Optional<String> companion = MailProgramFiles.whatItIs(sourceName);
        if (within.oneOfMany()) {
            Optional<String> beside = companion.or(() -> ArchiveNotes.whatItIs(sourceName));
            if (empty || beside.isPresent()) {
                return new ReadOutcome.Skipped(
                        position,
                        sourceName + ": "
                                + beside.map(what -> what + ", not mail").orElse("empty, no messages in it"));
            }
        }
        return new ReadOutcome.Refused(
                position,
                companion
                        .map(what -> sourceName + ": not a mail archive: it is " + what
                                + "; import the mailbox it belongs to")
                        .orElse(sniffed.reason()));
    }

    /** A .gz within a stream: checked before it is read, as one on disk is. */
    private void readGzip(
            String sourceName,
            String listName,
            InputStream in,
            BoundedInputStream.Budget budget,
            Within within,
            Consumer<? super ReadOutcome> sink)
            throws IOException {
        try {
            switch (UnpackedGzip.of(in, budget, 0)) {
                case UnpackedGzip.Unpacked unpacked -> {
                    try (InputStream content = unpacked.content()) {
                        readStream(sourceName, listName, content, budget, within, sink);
                    }
                }
                case UnpackedGzip.Damaged damaged -> sink.accept(refusal(sourceName, damaged));
            }
        } catch (InflationLimitException e) {
            sink.accept(bomb(sourceName, e));
        }
    }

    /**
     * Reads a zip on disk by its directory, which lists every entry: its months in date order, as a folder's, and
     * past an entry that cannot be read (encrypted, damaged), which is refused by name while the others are read.
     *
     * @return false when the zip has no directory to read it by (cut off before its end): then it can only be read as
     *     a stream, from its start
     */
    private boolean readZipFile(Path file, String sourceName, Consumer<? super ReadOutcome> sink) {
        ZipFile zip;
        try {
            zip = ZipEntries.open(file);
        } catch (IOException noDirectory) {
            return false;
        }
        try (zip) {
            readEntries(zip, sourceName, sink);
        } catch (IOException closing) {
            // Every entry has been read or refused by then, and a zip read from disk has nothing to write back.
        }
        return true;
    }

    private void readEntries(ZipFile zip, String sourceName, Consumer<? super ReadOutcome> sink) {
        List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
        Set<String> folders =
                all.stream().map(entry -> ZipEntries.folderOf(entry.getName())).collect(Collectors.toSet());
        List<ZipArchiveEntry> entries = new ArrayList<>();
        for (ZipArchiveEntry entry : all) {
            if (ZipEntries.leftOut(entry)) {
                continue;
            }
            if (Maildir.isDeliveryFolder(ZipEntries.folderOf(entry.getName()), folders::contains)) {
                sink.accept(Maildir.partlyDelivered(sourceName + "!/" + entry.getName()));
                continue;
            }
            entries.add(entry);
        }
        entries.sort(Comparator.comparing(ZipArchiveEntry::getName, ReadingOrder.ZIP_ENTRIES));
        if (entries.isEmpty()) {
            sink.accept(ZipEntries.nothingToRead(sourceName));
        }
        BoundedInputStream.Budget checking = new BoundedInputStream.Budget(maxInflatedBytes);
        BoundedInputStream.Budget budget = new BoundedInputStream.Budget(maxInflatedBytes);
        for (ZipArchiveEntry entry : entries) {
            String entryName = sourceName + "!/" + entry.getName();
            try {
                if (!zip.canReadEntryData(entry)) {
                    sink.accept(new ReadOutcome.Refused(
                            SourcePosition.wholeFile(entryName), ZipEntries.unreadable(entryName, entry)));
                    continue;
                }
                if (!ZipEntries.unpacksWhole(zip, entry, checking)) {
                    sink.accept(new ReadOutcome.Refused(
                            SourcePosition.wholeFile(entryName),
                            entryName + ": damaged: it does not unpack to what the zip's checksum says;"
                                    + " nothing of it was imported"));
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    readStream(
                            entryName,
                            listOfMonth(entry.getName()),
                            new BoundedInputStream(in, budget),
                            budget,
                            Within.ZIP_ON_DISK,
                            sink);
                }
            } catch (InflationLimitException e) {
                sink.accept(bomb(sourceName, e));
                return;
            } catch (IOException e) {
                sink.accept(ReadOutcome.Refused.unreadable(entryName, e));
            }
        }
    }

    private void readZip(
            String sourceName,
            InputStream in,
            BoundedInputStream.Budget budget,
            Within within,
            Consumer<? super ReadOutcome> sink)
            throws IOException {
        // A stream tells its folders only as it goes: a Maildir's tmp folder is known once its cur or new came first,
        // as zip tools write them, in name order.
        Set<String> foldersSoFar = new HashSet<>();
        String reached = null;
        try (ZipInputStream zip = new ZipInputStream(in, ZipEntries.NAMES)) {
            ZipEntry entry;
            boolean anyRead = false;
            while ((entry = zip.getNextEntry()) != null) {
                reached = entry.getName();
                foldersSoFar.add(ZipEntries.folderOf(entry.getName()));
                if (ZipEntries.leftOut(entry)) {
                    continue;
                }
                anyRead = true;
                String entryName = sourceName + "!/" + entry.getName();
                if (Maildir.isDeliveryFolder(ZipEntries.folderOf(entry.getName()), foldersSoFar::contains)) {
                    sink.accept(Maildir.partlyDelivered(entryName));
                    continue;
                }
                readStream(
                        entryName,
                        listOfMonth(entry.getName()),
                        new BoundedInputStream(zip, budget),
                        budget,
                        within.asMember(),
                        sink);
            }
            if (!anyRead) {
                sink.accept(ZipEntries.nothingToRead(sourceName));
            }
        } catch (InflationLimitException e) {
            sink.accept(bomb(sourceName, e));
        } catch (IOException e) {
            // A zip read as a stream cannot be read past an encrypted, damaged or cut-off entry: say how far it got.
            sink.accept(new ReadOutcome.Refused(
                    SourcePosition.wholeFile(sourceName),
                    sourceName + ": could not be read "
                            + (reached == null ? "" : "beyond its entry " + reached + " ")
                            + "(" + e.getMessage() + "); the entries before that were read"));
        }
    }

    private static ReadOutcome bomb(String sourceName, InflationLimitException e) {
        return new ReadOutcome.Refused(
                SourcePosition.wholeFile(sourceName),
                sourceName + ": " + e.getMessage() + " when decompressed; refused as a possible decompression bomb");
    }

    private static ReadOutcome refusal(String sourceName, UnpackedGzip.Damaged damaged) {
        return new ReadOutcome.Refused(
                SourcePosition.wholeFile(sourceName),
                sourceName + ": damaged: it does not unpack to the text it was made from (" + damaged.problem()
                        + "); nothing of it was imported");
    }

    /**
     * What holds a source: how many .gz and .zip files, and whether it is one of the many files of a folder or a zip
     * (where a file that is not mail may just be something a mail program keeps beside its mail).
     */
    private record Within(int containers, boolean oneOfMany) {

        static final Within NOTHING = new Within(0, false);
        static final Within FOLDER = new Within(0, true);
        static final Within ZIP_ON_DISK = new Within(1, true);

        /**
         * A file given with {@code count - 1} others: all of a folder's files selected for upload, or a shell's
         * {@code months/*}, are that folder's files as much as the folder itself would be.
         */
        static Within given(int count) {
            return count > 1 ? FOLDER : NOTHING;
        }

        Within unpacked() {
            return new Within(containers + 1, oneOfMany);
        }

        Within asMember() {
            return new Within(containers, true);
        }
    }
}
