package org.caucus.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one mail source of a single format, one message at a time, so that a large archive is never held in memory
 * whole. Each message gives exactly one outcome; a message that cannot be read becomes a {@link ReadOutcome.Failed}
 * and the rest of the source goes on.
 */
public interface MailSourceReader {

    /**
     * Reads every message of {@code in}, handing each outcome to {@code sink} as soon as it is read.
     *
     * @param sourceName how the analyst knows the source; every position and warning names it
     * @param listName the list the archive belongs to when the source says so (a pipermail folder's name), or null
     * @throws IOException only when reading {@code in} itself fails
     */
    void read(String sourceName, String listName, InputStream in, Consumer<? super ReadOutcome> sink)
            throws IOException;
}
