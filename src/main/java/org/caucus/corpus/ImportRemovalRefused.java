package org.caucus.corpus;

/** An import that cannot be taken back, with why, in words for the analyst. Nothing was removed. */
public class ImportRemovalRefused extends RuntimeException {

    ImportRemovalRefused(String message) {
        super(message);
    }
}
