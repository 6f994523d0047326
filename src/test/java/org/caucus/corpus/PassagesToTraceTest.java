package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.caucus.corpus.importing.CharsetChoice;
import org.caucus.corpus.importing.ParsedMessage;
import org.junit.jupiter.api.Test;

class PassagesToTraceTest {

    private final BodySegmenter segmenter = new BodySegmenter();

    @Test
    void a_quote_and_the_own_text_are_passages_of_their_longest_words() {
        List<Set<String>> passages =
                PassagesToTrace.of(List.of(message("""
                                Alice wrote:
                                > The summit should hear civil society directly, not through 1net.

                                I disagree: the coalition is where business and the technical community meet us.
                                """)), segmenter, 10).orElseThrow();

        assertThat(passages)
                .as("one passage for the quote, one for the reply")
                .containsExactly(
                        Set.of("summit", "should", "hear", "civil", "society", "directly", "through"),
                        Set.of("disagree", "coalition", "business", "technical", "community", "where", "meet"));
    }

    @Test
    void a_long_block_is_cut_into_overlapping_windows() {
        String words = String.join(
                " ",
                IntStream.range(0, 60)
                        .mapToObj(i -> "word" + Character.toString('a' + i % 26) + Character.toString('a' + i / 26))
                        .toList());

        List<Set<String>> passages = PassagesToTrace.of(List.of(message(words + "\n")), segmenter, 10)
                .orElseThrow();

        assertThat(passages).as("windows of 24 words, 12 apart, over 60 words").hasSize(4);
        assertThat(passages.get(0))
                .as("the first window, words of one length given in order")
                .containsExactly(
                        "wordaa", "wordba", "wordca", "wordda", "wordea", "wordfa", "wordga", "wordha", "wordia",
                        "wordja", "wordka", "wordla");
        assertThat(passages.get(1))
                .as("the second window, from the 13th word")
                .first()
                .isEqualTo("wordma");
    }

    @Test
    void a_window_is_given_by_its_twelve_longest_words() {
        List<Set<String>> passages = PassagesToTrace.of(
                        List.of(message("The multistakeholder coalition will decide, with business, governments and"
                                + " the technical community, what civil society organisations bring to the Brazilian"
                                + " summit.\n")),
                        segmenter,
                        10)
                .orElseThrow();

        assertThat(passages)
                .singleElement()
                .asInstanceOf(InstanceOfAssertFactories.collection(String.class))
                .containsExactlyInAnyOrder(
                        "multistakeholder",
                        "organisations",
                        "governments",
                        "coalition",
                        "technical",
                        "community",
                        "brazilian",
                        "business",
                        "society",
                        "decide",
                        "summit",
                        "civil");
    }

    @Test
    void more_passages_than_asked_for_give_none() {
        String paragraph = "The coalition decided its charter before anyone from the south was asked to join it.\n\n";

        assertThat(PassagesToTrace.of(List.of(message(paragraph.repeat(3))), segmenter, 2))
                .isEmpty();
    }

    @Test
    void text_written_without_spaces_gives_none() {
        String chinese = "谢谢大家的回复，我们下周在圣保罗见面讨论这个问题。\n"
                + "The coalition decided its charter before anyone from the south was asked.\n";

        assertThat(PassagesToTrace.of(List.of(message(chinese)), segmenter, 10)).isEmpty();
    }

    private static ParsedMessage message(String body) {
        return new ParsedMessage(
                "bestbits",
                "[bestbits] the summit",
                "Bob",
                "bob@example.org",
                null,
                null,
                null,
                null,
                List.of(),
                body,
                body.getBytes(StandardCharsets.UTF_8),
                "the summit",
                "UTF-8",
                CharsetChoice.DECLARED,
                List.of(),
                List.of());
    }
}
