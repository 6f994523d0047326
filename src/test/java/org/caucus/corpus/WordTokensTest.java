package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordTokensTest {

    private static final String PASSAGE = "I think we should move the reactor startup out of the plugin loader, because"
            + " right now every plugin that imports twisted.internet.reactor installs the default reactor";

    @Test
    void words_are_runs_of_letters_and_digits_whatever_case_and_separators_they_come_with() {
        WordTokens sut = WordTokens.of(">> Reactor, REACTOR\n> reactor2 réactor RÉACTOR");

        assertThat(sut.size()).as("words").isEqualTo(5);
        assertThat(sut.hash(1)).as("'REACTOR' against 'Reactor'").isEqualTo(sut.hash(0));
        assertThat(sut.hash(2)).as("'reactor2' against 'Reactor'").isNotEqualTo(sut.hash(0));
        assertThat(sut.hash(4)).as("'RÉACTOR' against 'réactor'").isEqualTo(sut.hash(3));
        assertThat(sut.hash(3)).as("'réactor' against 'Reactor'").isNotEqualTo(sut.hash(0));
        assertThat(List.of(sut.start(2), sut.end(2))).as("place of 'reactor2'").containsExactly(22, 30);
    }

    @Test
    void an_ascii_character_joins_two_letters_into_one_word_exactly_when_it_is_a_letter_or_digit() {
        List<Character> joining = new ArrayList<>();
        List<Character> expected = new ArrayList<>();
        for (char c = 0; c < 128; c++) {
            if (WordTokens.of("a" + c + "b").size() == 1) {
                joining.add(c);
            }
            if (Character.isLetterOrDigit(c)) {
                expected.add(c);
            }
        }

        assertThat(joining).as("ASCII characters inside a word").isEqualTo(expected);
    }

    @Test
    void each_shingle_of_a_text_equals_the_shingle_of_its_words_taken_alone() {
        WordTokens sut = WordTokens.of(PASSAGE);
        int width = QuoteOriginIndex.SHINGLE_WORDS;

        long[] shingles = sut.shingles(0, sut.size(), width);

        assertThat(shingles).as("shingles of the passage").hasSize(sut.size() - width + 1);
        long[] alone = IntStream.range(0, shingles.length)
                .mapToLong(s -> sut.shingles(s, s + width, width)[0])
                .toArray();
        assertThat(shingles).as("shingles rolled along the passage").containsExactly(alone);
        assertThat(shingles).as("shingles of different runs of words").doesNotHaveDuplicates();
    }

    @Test
    void a_shingle_is_the_same_however_its_words_are_wrapped_and_different_in_another_order() {
        long wrapped = shingle("> the plugin loader, because\n> right now every plugin");
        long plain = shingle("the plugin loader because right now every plugin");
        long reordered = shingle("the plugin loader because right now plugin every");

        assertThat(wrapped).as("shingle of a re-wrapped, quoted run").isEqualTo(plain);
        assertThat(reordered).as("shingle of the same words in another order").isNotEqualTo(plain);
    }

    @Test
    void a_run_shorter_than_a_shingle_has_none() {
        WordTokens sut = WordTokens.of("only seven words in this short text");

        assertThat(sut.shingles(0, sut.size(), QuoteOriginIndex.SHINGLE_WORDS))
                .as("shingles of seven words")
                .isEmpty();
    }

    private static long shingle(String text) {
        WordTokens words = WordTokens.of(text);
        return words.shingles(0, words.size(), words.size())[0];
    }
}
