package org.caucus.corpus;

import java.util.Optional;

/**
 * Who speaks in a block, why the segmenter thinks so, and how sure it is.
 *
 * @param name as written in the message; {@code null} when nobody is known or nobody speaks
 * @param address the address the message gives beside the name, as written; {@code null} when it gives none
 * @param evidence in words an analyst can check against the text
 * @param confidence from 0 (nobody known) to 1 (the poster's own text)
 */
record Speaker(String name, String address, String evidence, double confidence) {

    // A client writes the attribution line or header itself, but it may name a list address or a nickname.
    private static final double ATTRIBUTED = 0.9;
    // A writer's own sentence that names the author is looser: it may name someone the quote only mentions. No other
    // speaker has this confidence, so it also tells a lead-in's speaker from others.
    private static final double LEAD_IN = 0.6;
    // Each quote that continues an earlier one is a little less certain than the one it continues.
    private static final double CONTINUATION = 0.95;

    private static final String CONTINUES = "continues the quote of ";

    static Speaker poster(String name) {
        return new Speaker(name, null, "the poster", 1.0);
    }

    static Speaker attributed(Writer.Named writer, String evidence) {
        if (writer.isMasked()) {
            return nobody("the archive masked the writer in \"" + evidence + "\"");
        }
        return new Speaker(writer.name(), writer.address(), evidence, ATTRIBUTED);
    }

    static Speaker namedInLeadIn(String name, String evidence) {
        return new Speaker(name, null, evidence, LEAD_IN);
    }

    static Speaker nobody(String evidence) {
        return new Speaker(null, null, evidence, 0.0);
    }

    /**
     * The speaker an attribution line, a forwarded header or a continued quote names, read back from the evidence it
     * left: for quotes left unknown when they were imported, once their name has come to say who it is.
     *
     * @return empty for evidence of any other kind
     */
    static Optional<Speaker> namedIn(String evidence) {
        if (evidence.startsWith(CONTINUES)) {
            String name = evidence.substring(CONTINUES.length());
            return Optional.of(new Speaker(name, null, evidence, ATTRIBUTED * CONTINUATION));
        }
        if (evidence.startsWith(ForwardedHeader.FROM_FIELD)) {
            return ForwardedHeader.writerOf(evidence.substring(ForwardedHeader.FROM_FIELD.length()));
        }
        return Optional.ofNullable(AttributionLine.writer(evidence)).map(named -> attributed(named, evidence));
    }

    /**
     * The speaker of a quote that resumes after a reply interrupted it. A lead-in introduces one passage, pasted from
     * wherever its writer found it: the next quote may come from anywhere, so its speaker is not guessed.
     */
    Speaker continued() {
        if (confidence == LEAD_IN) {
            return nobody("the quote above was introduced by a lead-in, which introduces one passage");
        }
        return name == null ? this : new Speaker(name, address, CONTINUES + name, confidence * CONTINUATION);
    }
}
