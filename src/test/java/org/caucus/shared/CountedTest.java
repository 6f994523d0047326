package org.caucus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void one_takes_the_singular_and_every_other_count_the_plural() {
        assertThat(Counted.of(1, "message")).isEqualTo("1 message");
        assertThat(Counted.of(0, "message")).isEqualTo("0 messages");
        assertThat(Counted.of(2, "coded passage")).isEqualTo("2 coded passages");
    }

    @Test
    void counts_are_grouped_by_thousands_whatever_the_servers_language() {
        assertThat(Counted.of(98_292, "message")).isEqualTo("98,292 messages");
    }

    @Test
    void an_irregular_noun_is_given_its_plural() {
        assertThat(Counted.of(1, "change of stance", "changes of stance")).isEqualTo("1 change of stance");
        assertThat(Counted.of(3, "change of stance", "changes of stance")).isEqualTo("3 changes of stance");
    }
}
