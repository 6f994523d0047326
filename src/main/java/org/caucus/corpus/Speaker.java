package org.caucus.corpus;

/**
 * Who speaks in a block and why the segmenter thinks so.
 *
 * @param name as written in the message; {@code null} when nobody is known or nobody speaks
 * @param evidence in words an analyst can check against the text
 */
record Speaker(String name, String evidence) {

    static Speaker nobody(String evidence) {
        return new Speaker(null, evidence);
    }
}
