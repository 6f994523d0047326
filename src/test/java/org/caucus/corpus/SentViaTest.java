package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentViaTest {

    @ParameterizedTest(name = "{0} <{1}>")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            quoteCharacter = '`',
            value = {
                "Jeremy Malcolm via Bestbits|bestbits@lists.bestbits.net|Jeremy Malcolm",
                "'Jeremy Malcolm' via Internet Governance Caucus|internet-governance-caucus@googlegroups.com"
                        + "|Jeremy Malcolm",
                "Mike Meng via LinkedIn|member@linkedin.com|Mike Meng",
                "Shawn Church via Twisted-Python|twisted-python at twistedmatrix.com|Shawn Church",
                // The word in a person's own name, or a list that is not the sender.
                "Maria de la Via|maria@example.org|none",
                "Sent via my phone|someone@example.org|none",
                "Jeremy Malcolm|jeremy@ciroap.org|none"
            })
    void the_poster_of_a_from_header_a_list_wrote_in_their_stead_is_the_name_before_via(
            String name, String address, String poster) {
        assertThat(SentVia.posterName(name, address).orElse(null)).as("poster").isEqualTo(poster);
    }
}
