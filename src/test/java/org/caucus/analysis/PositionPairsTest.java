package org.caucus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionPairsTest {

    @Test
    void counts_each_message_once_per_pair_and_every_overlapping_pair_of_passages() {
        PositionPairs sut = new PositionPairs(3);

        // Message 1: position 2 twice, once overlapping position 0, once not; position 0 and 2 again apart.
        sut.add(1, 2, 0, 10);
        sut.add(1, 0, 5, 15);
        sut.add(1, 2, 20, 30);
        sut.add(1, 0, 40, 50);
        // Message 2: positions 1 and 2, touching but not sharing text.
        sut.add(2, 1, 0, 10);
        sut.add(2, 2, 10, 20);
        // Message 3: positions 0 and 2 again, overlapping.
        sut.add(3, 0, 0, 10);
        sut.add(3, 2, 9, 12);
        sut.finish();

        assertThat(sut.messages(0, 2)).as("messages with 0 and 2").isEqualTo(2);
        assertThat(sut.overlapping(0, 2)).as("overlapping pairs of 0 and 2").isEqualTo(2);
        assertThat(sut.messages(1, 2)).as("messages with 1 and 2").isEqualTo(1);
        assertThat(sut.overlapping(1, 2)).as("adjacent passages share no text").isZero();
        assertThat(sut.messages(0, 1)).as("never together").isZero();
    }
}
