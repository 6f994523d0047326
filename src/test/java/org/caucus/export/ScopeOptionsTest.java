package org.caucus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.caucus.analysis.ComparisonScope;
import org.junit.jupiter.api.Test;

class ScopeOptionsTest {

    @Test
    void consensus_switch_limits_the_scope_to_the_consensus_coder_and_is_written_back_as_the_switch() {
        ComparisonScope sut = ScopeOptions.parse(Map.of("consensus", "true", "list", "bestbits"));

        assertThat(sut.coders()).as("coders").containsExactly("consensus");
        assertThat(sut.consensusOnly()).as("consensus only").isTrue();
        assertThat(ScopeOptions.format(sut))
                .as("options for the About sheet")
                .contains("--consensus")
                .doesNotContain("--coder");
    }

    @Test
    void consensus_switch_with_a_coder_list_is_refused_naming_both() {
        assertThatThrownBy(() -> ScopeOptions.parse(Map.of("consensus", "true", "coder", "alice")))
                .as("--consensus with --coder")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--consensus")
                .hasMessageContaining("--coder alice");
    }

    @Test
    void a_scope_of_other_coders_is_not_consensus_only() {
        assertThat(ComparisonScope.everything()
                        .withCoders(Set.of("consensus", "alice"))
                        .consensusOnly())
                .as("consensus and alice")
                .isFalse();
    }
}
