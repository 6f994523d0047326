package org.caucus.codebook;

/** A codebook change that cannot be made as asked; the message says why in the analyst's terms. */
public class CodebookException extends IllegalArgumentException {

    CodebookException(String message) {
        super(message);
    }
}
