package org.caucus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A QDA exchange file of one case or one code is common when a colleague sends a single coded message. */
class ExchangeSummaryTest {

    @Test
    void a_project_file_of_one_of_each_is_summed_up_in_the_singular() {
        QdpxImporter.Outcome outcome = new QdpxImporter.Outcome(1, 1, 1, 1, 0, List.of(), List.of());

        assertThat(outcome.summary()).isEqualTo("1 message, 1 issue and 1 position added, 1 coded passage");
    }

    @Test
    void a_codebook_file_of_one_issue_is_summed_up_in_the_singular() {
        assertThat(new QdcCodebook.Outcome(1, 3).summary()).isEqualTo("1 issue and 3 positions added to the codebook");
    }
}
