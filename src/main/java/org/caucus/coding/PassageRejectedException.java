package org.caucus.coding;

/** A selection that cannot be coded as it stands; the message says why, in the coder's terms. */
public class PassageRejectedException extends RuntimeException {

    PassageRejectedException(String message) {
        super(message);
    }
}
