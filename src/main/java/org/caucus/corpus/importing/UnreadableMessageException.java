package org.caucus.corpus.importing;

/**
 * Thrown when a text given as one message cannot be stored as one: it is no message Caucus can read, or it holds
 * several. The message is meant for the analyst who gave the text: it names it and says what is wrong.
 */
public class UnreadableMessageException extends RuntimeException {

    UnreadableMessageException(String message) {
        super(message);
    }
}
