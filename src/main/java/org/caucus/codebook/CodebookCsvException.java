package org.caucus.codebook;

import java.util.List;

/** A codebook file that cannot be imported; nothing of it was stored. */
public class CodebookCsvException extends CodebookException {

    private final List<String> problems;

    CodebookCsvException(String sourceName, List<String> problems) {
        super(sourceName + " was not imported, nothing was changed: " + String.join("; ", problems) + ".");
        this.problems = List.copyOf(problems);
    }

    /** Each problem with its line, in file order. */
    public List<String> problems() {
        return problems;
    }
}
