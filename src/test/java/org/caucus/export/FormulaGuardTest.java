package org.caucus.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"})
    void text_starting_like_a_formula_is_guarded(String value) {
        assertThat(FormulaGuard.looksLikeFormula(value)).as(value).isTrue();
        assertThat(FormulaGuard.forCsv(value)).as("CSV of " + value).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", " =1", "1-1", "'quoted"})
    void other_text_is_left_alone(String value) {
        assertThat(FormulaGuard.looksLikeFormula(value)).as(value).isFalse();
        assertThat(FormulaGuard.forCsv(value)).as("CSV of " + value).isEqualTo(value);
    }
}
