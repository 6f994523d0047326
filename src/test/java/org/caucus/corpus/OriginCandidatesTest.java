package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OriginCandidatesTest {

    /** Message numbers in reverse date order: the higher the number, the earlier the message. */
    private static final IntBinaryOperator LATER_NUMBER_EARLIER = (a, b) -> Integer.compare(b, a);

    private final OriginCandidates sut = new OriginCandidates();

    @Test
    void the_candidates_sharing_most_shingles_are_checked_first_and_the_earlier_of_two_equal_ones_first() {
        Random random = new Random(3);
        int[] shared = new int[300];
        for (int message = 0; message < shared.length; message++) {
            shared[message] = 1 + random.nextInt(random.nextBoolean() ? 2 : 12);
            for (int word = 0; word < shared[message]; word++) {
                sut.add(message, word, word);
            }
        }

        List<Integer> chosen = messagesOf(sut.mostShared(16, LATER_NUMBER_EARLIER));

        List<Integer> sorted = IntStream.range(0, shared.length)
                .boxed()
                .sorted(Comparator.comparingInt((Integer m) -> -shared[m]).thenComparing(m -> -m))
                .limit(16)
                .toList();
        assertThat(chosen).as("the 16 candidates chosen, in order").isEqualTo(sorted);
    }

    @Test
    void fewer_candidates_than_the_limit_are_all_chosen() {
        sut.add(7, 0, 10);
        sut.add(2, 0, 20);
        sut.add(7, 3, 13);

        assertThat(messagesOf(sut.mostShared(16, LATER_NUMBER_EARLIER)))
                .as("candidates chosen")
                .containsExactly(7, 2);
    }

    @Test
    void the_shared_shingles_of_a_candidate_are_kept_in_quote_order_and_forgotten_for_the_next_quote() {
        sut.add(5, 0, 40);
        sut.add(9, 1, 3);
        sut.add(5, 2, 42);

        OriginCandidates.Hits hits = sut.hits(sut.mostShared(16, LATER_NUMBER_EARLIER)[0]);
        assertThat(List.of(hits.size, hits.quoteWords[0], hits.originWords[0], hits.quoteWords[1], hits.originWords[1]))
                .as("shared shingles of message 5: count, then quote and origin word of each")
                .containsExactly(2, 0, 40, 2, 42);

        sut.clear();
        sut.add(9, 4, 8);

        assertThat(sut.size()).as("candidates of the next quote").isEqualTo(1);
        assertThat(sut.hits(0).size)
                .as("shared shingles of message 9 in the next quote")
                .isEqualTo(1);
    }

    private List<Integer> messagesOf(int[] candidates) {
        return IntStream.of(candidates).map(sut::message).boxed().toList();
    }
}
