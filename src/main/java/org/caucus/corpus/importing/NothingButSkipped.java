package org.caucus.corpus.importing;

import java.util.function.Consumer;

/**
 * Hands on what a folder, or a set of files given together, yields, and refuses the whole when all of it was skipped or
 * there was nothing: a folder of an archive's notes alone, or an empty one, imported with no word but "read 0" and
 * ended as if all had gone well. A zip refuses the same ({@link ZipEntries#nothingToRead}).
 */
final class NothingButSkipped implements Consumer<ReadOutcome> {

    private final Consumer<? super ReadOutcome> sink;
    private int skipped;
    private boolean more;

    NothingButSkipped(Consumer<? super ReadOutcome> sink) {
        this.sink = sink;
    }

    @Override
    public void accept(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Skipped) {
            skipped++;
        } else {
            more = true;
        }
        sink.accept(outcome);
    }

    /** Once all is read: refuses {@code sourceName} when nothing but skipped files came of it. */
    void refuseIfNoMail(String sourceName) {
        if (more) {
            return;
        }
        sink.accept(new ReadOutcome.Refused(
                SourcePosition.wholeFile(sourceName),
                sourceName + ": no mail to import: "
                        + switch (skipped) {
                            case 0 -> "no files to read (none, or only hidden files)";
                            case 1 -> "its only file was skipped";
                            case 2 -> "both files were skipped";
                            default -> "all " + skipped + " files were skipped";
                        }));
    }
}
