package org.caucus.corpus;

/** Lets the one who started an import follow it and stop it. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {};

    /**
     * Called when the first message new to a project that already holds messages has been read, before the project's
     * threads are read to place the new messages in them: in a project of tens of thousands of messages that takes
     * seconds. {@link #readingStoredMessages} follows, and then {@link #storedMessagesRead}; an import that brings
     * nothing new reads neither.
     *
     * @param storedMessages how many messages the project holds
     */
    default void readingThreads(int storedMessages) {}

    /**
     * Called when the first message new to a project that already holds messages has been read: their own text is
     * read back then, so that quotes of them are traced to them, and in a project of tens of thousands of messages that
     * takes seconds. An import that brings nothing new does not read them back.
     *
     * @param storedMessages how many messages the project holds
     */
    default void readingStoredMessages(int storedMessages) {}

    /** Called once the project's messages are read back, as reading the files goes on; that time is not the reading's. */
    default void storedMessagesRead() {}

    /**
     * Called after each stored batch.
     *
     * @param sourcesStarted how many files have been begun so far
     * @param sourcesExpected how many files the import will read; 0 when not known in advance (a list URL)
     */
    default void advanced(ImportCounts counts, int sourcesStarted, int sourcesExpected) {}

    /**
     * Called once every batch is stored, as each of the steps that span the whole import begins. They count no
     * messages, and on a large archive they take a while: without word, the progress would seem to have stopped.
     *
     * @param counts the counts of the batches stored
     */
    default void finishing(Step step, ImportCounts counts) {}

    /**
     * Called when another import into the same project is running: this one waits for it to end, so that the two do
     * not both store the messages they share. It may still be cancelled while it waits.
     */
    default void waitingForEarlierImport() {}

    /** Called when the import that this one waited for has ended, as this one begins. */
    default void startedAfterWaiting() {}

    /**
     * Asked before each message, and while waiting for another import; once it says yes, the import stops after the
     * last whole batch.
     */
    default boolean cancelled() {
        return false;
    }

    /**
     * The steps after the last batch, in their order. Indexing for search is not among them: it follows the import
     * (see {@link MessagesImported}).
     */
    enum Step {
        /** Tracing the quotes that earlier imports stored without an origin, which may quote a message just stored. */
        EARLIER_QUOTES,
        /** Moving messages whose place in a thread changed once later messages were read. */
        THREADS
    }
}
