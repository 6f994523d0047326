package org.caucus.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoefficientTest {

    @Test
    void a_figure_is_shown_with_three_decimals_and_one_a_hair_below_zero_without_a_minus_sign() {
        assertThat(Coefficient.of(0.85714).formatted()).as("six of seven").isEqualTo("0.857");
        assertThat(Coefficient.of(-0.0004).formatted()).as("a hair below zero").isEqualTo("0.000");
        assertThat(Coefficient.of(-0.0006).formatted())
                .as("below zero at three decimals")
                .isEqualTo("-0.001");
        assertThat(Coefficient.of(Double.NaN).formatted()).as("undefined").isEqualTo("–");
    }
}
