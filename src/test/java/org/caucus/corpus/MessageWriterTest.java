package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @ParameterizedTest(name = "a quote at depth {0}")
    @CsvSource({"1", "3"})
    void a_message_that_replies_to_nothing_known_has_nobody_up_the_thread(int depth) {
        assertThat(MessageWriter.likeliestFirst(List.of(), depth))
                .as("posters up the thread")
                .isEmpty();
    }
}
