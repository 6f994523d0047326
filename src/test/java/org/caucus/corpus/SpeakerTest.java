package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On Tue, 22 Oct 2002, Jeremy Malcolm <jeremy at ciroap.org> wrote:|Jeremy Malcolm|jeremy at ciroap.org",
                "continues the quote of Jeremy Malcolm|Jeremy Malcolm|",
                "From: Jeremy Malcolm [mailto:jeremy@ciroap.org]|Jeremy Malcolm|jeremy@ciroap.org",
                "From: Alex Gaynor <alex.gaynor at gmail.com<mailto:alex.gaynor at gmail.com>>|Alex Gaynor"
                        + "|alex.gaynor at gmail.com",
                // The next fields of a header, read as more of the From: field where the archive mangled their names.
                "From: Thomas Jacob <jacob at internet24.de> ? : Twisted general discussion <twisted-python at"
                        + " twistedmatrix.com> Envoy? le : Mercredi, 19 Juillet 2006|Thomas Jacob|jacob at internet24.de",
            })
    void the_writer_an_attribution_header_or_continued_quote_named_is_read_back_from_its_evidence(
            String evidence, String name, String address) {
        assertThat(Speaker.namedIn(evidence))
                .as("speaker named in the evidence")
                .hasValueSatisfying(speaker -> {
                    assertThat(speaker.name()).as("name").isEqualTo(name);
                    assertThat(speaker.address()).as("address").isEqualTo(address);
                    assertThat(speaker.evidence()).as("evidence").isEqualTo(evidence);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"no attribution found", "the poster of the message it replies to", "signature"})
    void evidence_that_names_nobody_gives_no_speaker(String evidence) {
        assertThat(Speaker.namedIn(evidence))
                .as("speaker named in the evidence")
                .isEmpty();
    }
}
