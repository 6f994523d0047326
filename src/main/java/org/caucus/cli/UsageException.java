package org.caucus.cli;

/** Arguments that do not make sense; the message says which and why. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
