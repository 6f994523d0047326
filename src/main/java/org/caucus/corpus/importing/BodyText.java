package org.caucus.corpus.importing;

import java.text.Normalizer;

/**
 * The one normalisation every reader applies to a body, so that the same message gives the same characters whichever
 * format it came in: annotations point into the body by offset.
 */
final class BodyText {

    private BodyText() {}

    /**
     * Unifies line ends to LF, composes to NFC, drops whitespace at the end and whole blank lines at the start (the
     * indentation of the first line is kept). Trailing spaces inside lines are kept.
     */
    static String normalise(String text) {
        String unified =
                text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        String composed = Normalizer.isNormalized(unified, Normalizer.Form.NFC)
                ? unified
                : Normalizer.normalize(unified, Normalizer.Form.NFC);
        String rest = composed.stripTrailing();
        int firstVisible = 0;
        while (firstVisible < rest.length() && Character.isWhitespace(rest.charAt(firstVisible))) {
            firstVisible++;
        }
        return rest.substring(rest.lastIndexOf('\n', firstVisible) + 1);
    }
}
