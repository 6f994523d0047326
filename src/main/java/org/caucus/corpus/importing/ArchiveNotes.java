package org.caucus.corpus.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The texts an archive is published with: its read-me, its licence, its list of files. A folder of months as a list
 * or a corpus hands it out (twisted-python's has its {@code LICENSE}) brings them along; reported as failures, they
 * made an import that read every month in full end as if something had been lost, and the command line exit 1. Known
 * by name; the caller asks only about a file that is not mail, so that a mailbox named {@code NEWS} is still read.
 */
final class ArchiveNotes {

    // Keyed by the name before its dot, so that README.md, LICENSE.txt and COPYING are all known.
    private static final Map<String, String> BY_STEM = Map.ofEntries(
            Map.entry("readme", "the archive's read-me"),
            Map.entry("license", "the archive's licence"),
            Map.entry("licence", "the archive's licence"),
            Map.entry("copying", "the archive's licence"),
            Map.entry("notice", "the archive's licence notice"),
            Map.entry("manifest", "the archive's list of files"),
            Map.entry("authors", "the archive's list of authors"),
            Map.entry("changelog", "the archive's change log"),
            Map.entry("changes", "the archive's change log"));

    private static final Set<String> TEXT_ENDINGS = Set.of("", "txt", "md", "rst", "tsv", "csv");

    private ArchiveNotes() {}

    /** What the file is ("the archive's licence"), or empty when its name is not one of these. */
    static Optional<String> whatItIs(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ending = dot < 0 ? "" : name.substring(dot + 1);
        if (!TEXT_ENDINGS.contains(ending)) {
            // A readme.png is a picture: refused as one, not passed over as the archive's notes.
            return Optional.empty();
        }
        return Optional.ofNullable(BY_STEM.get(stem))
                .or(() -> ending.equals("md") || ending.equals("rst")
                        ? Optional.of("a document beside the archive")
                        : Optional.empty());
    }
}
