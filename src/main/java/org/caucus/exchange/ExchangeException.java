package org.caucus.exchange;

/**
 * A file that cannot be imported or restored, or one that cannot be written. The message names
 * the file and the element or entry at fault, for the analyst to read as it is.
 */
public class ExchangeException extends RuntimeException {

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
