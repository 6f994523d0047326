package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caucus.corpus.importing.CharsetChoice;
import org.caucus.corpus.importing.ParsedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageWriterTest {

    private static final long PARENT = 1;
    private static final long GRANDPARENT = 2;
    private static final long GREAT_GRANDPARENT = 3;

    @ParameterizedTest(name = "a quote at depth {0}")
    @CsvSource({"1, 1 2 3", "2, 2 1 3", "3, 3 2 1", "5, 3 2 1"})
    void the_poster_as_many_messages_up_as_the_quote_is_deep_is_likeliest_then_those_nearest_to_it(
            int depth, String expected) {
        List<Long> ordered = MessageWriter.likeliestFirst(List.of(PARENT, GRANDPARENT, GREAT_GRANDPARENT), depth);

        assertThat(ordered)
                .as("posters up the thread, likeliest first")
                .containsExactlyElementsOf(
                        List.of(expected.split(" ")).stream().map(Long::valueOf).toList());
    }

    @Test
    void a_body_the_segmenter_fails_on_is_kept_as_the_poster_s_own_text_with_a_warning() {
        ParsedMessage parsed = new ParsedMessage(
                "twisted-python",
                "Re: pickle",
                "Patrick",
                "patrick@example.org",
                null,
                null,
                "<x@example.org>",
                null,
                List.of(),
                "Sure you can:\n>>> import pickle\n",
                new byte[0],
                "pickle",
                "UTF-8",
                CharsetChoice.DECLARED,
                List.of(),
                List.of());

        MessageWriter.Segmented segmented =
                MessageWriter.segmented(parsed, "2002-November.txt.gz, message 7", (b, p) -> {
                    throw new IllegalStateException("a rule's fault");
                });

        assertThat(segmented.segments())
                .as("blocks")
                .containsExactly(new BodySegment(
                        0, parsed.body().length(), BlockRole.OWN_TEXT, 0, "Patrick", null, "the poster", 1.0));
        assertThat(segmented.message().warnings())
                .as("warnings")
                .containsExactly("2002-November.txt.gz, message 7: its quotes could not be told from its own text"
                        + " (java.lang.IllegalStateException: a rule's fault); the whole body is kept as the poster's"
                        + " own text");
    }

    @ParameterizedTest(name = "a quote at depth {0}")
    @CsvSource({"1", "3"})
    void a_message_that_replies_to_nothing_known_has_nobody_up_the_thread(int depth) {
        assertThat(MessageWriter.likeliestFirst(List.of(), depth))
                .as("posters up the thread")
                .isEmpty();
    }
}
