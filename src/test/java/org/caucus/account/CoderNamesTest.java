package org.caucus.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoderNamesTest {

    @Test
    void the_consensus_name_is_refused_as_a_persons_coder_name_however_it_is_written() {
        for (String name : new String[] {"consensus", "Consensus", " CONSENSUS "}) {
            assertThatThrownBy(() -> CoderNames.checked(name, "The account name"))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The account name")
                    .hasMessageContaining("reserved");
        }
    }

    @Test
    void other_names_are_kept_stripped_and_a_blank_one_is_refused() {
        assertThat(CoderNames.checked(" joana ", "The account name"))
                .as("a person's name")
                .isEqualTo("joana");
        assertThat(CoderNames.isReserved("consensus-team"))
                .as("a name that only starts so")
                .isFalse();
        assertThatThrownBy(() -> CoderNames.checked(" ", "The setting caucus.coder"))
                .as("caucus.coder blank")
                .hasMessageContaining("empty");
    }
}
