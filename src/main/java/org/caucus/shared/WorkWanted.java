package org.caucus.shared;

import java.util.concurrent.CancellationException;

/**
 * Whether anyone still waits for the answer of long work, asked between its steps. Measuring a large study takes
 * minutes of CPU on the pool; an analyst who changed the coders or left the page no longer wants it, and work nobody
 * wants kept both cores busy for everyone else.
 */
@FunctionalInterface
public interface WorkWanted {

    /** For work that is always waited for, as when it is done while the page waits. */
    WorkWanted ALWAYS = () -> true;

    boolean stillWanted();

    /** Gives up the work, with a {@link CancellationException}, once nobody waits for it. */
    default void giveUpUnlessWanted() {
        if (!stillWanted()) {
            throw new CancellationException("Nobody waits for this answer any more.");
        }
    }
}
