package org.caucus.corpus.importing;

/**
 * Thrown when a file is not the text of a pipermail message page. The message is meant for the analyst who chose the
 * file: it names the file and the line, says what was expected there and shows what was found.
 */
public class MalformedPageException extends UnreadableMessageException {

    MalformedPageException(String sourceName, int lineNumber, String expected, String found) {
        super(sourceName + ", line " + lineNumber + ": expected " + expected + "; found " + found);
    }
}
