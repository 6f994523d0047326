package org.caucus.coding;

/**
 * A save that started from an older state of the passage than the stored one: someone else
 * changed or deleted it meanwhile. Nothing of the save is stored, so their change is not lost.
 */
public class PassageChangedException extends PassageRejectedException {

    PassageChangedException(String message) {
        super(message);
    }
}
