package org.caucus.corpus;

/** How an import ended, as its record keeps it. */
public enum ImportStatus {
    /** Begun and not ended: still running, or stopped with the process that ran it. */
    RUNNING,
    DONE,
    CANCELLED,
    /** Stopped by an error; the whole messages stored before it are kept. */
    FAILED
}
