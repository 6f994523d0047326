package org.caucus.corpus.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Which files of a folder on disk an import reads, and in what order. */
final class FolderFiles {

    private FolderFiles() {}

    /**
     * The files of a folder to read, in {@link ReadingOrder reading order}, hidden files left out, and a pipermail month present as
     * both {@code X.txt} and {@code X.txt.gz} read once (from {@code X.txt}; the other is reported as skipped). A file in a
     * Maildir's {@code tmp} folder is skipped too.
     */
    static List<Path> read(Path folder, Consumer<? super ReadOutcome> sink) {
        List<Path> all;
        try {
            all = visible(folder).stream().sorted(ReadingOrder.FILES).toList();
        } catch (IOException e) {
            sink.accept(ReadOutcome.Refused.unreadable(folder.toString(), e));
            return List.of();
        }
        Set<Path> plain = new HashSet<>(all);
        List<Path> chosen = new ArrayList<>();
        for (Path file : all) {
            String name = file.getFileName().toString();
            if (Maildir.isDeliveryFolder(file.getParent() + "/", f -> Files.isDirectory(Path.of(f)))) {
                sink.accept(Maildir.partlyDelivered(name));
                continue;
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".txt.gz")
                    && plain.contains(file.resolveSibling(name.substring(0, name.length() - 3)))) {
                sink.accept(new ReadOutcome.Skipped(
                        SourcePosition.wholeFile(name),
                        name + ": the same month as " + name.substring(0, name.length() - 3)
                                + ", which is read instead"));
                continue;
            }
            chosen.add(file);
        }
        return chosen;
    }

    /** The files of a folder and its sub-folders, hidden ones left out. */
    static List<Path> visible(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
    }
}
