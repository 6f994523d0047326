package org.caucus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;
import org.junit.jupiter.api.Test;

class PositionCountsTest {

    private static final List<PositionChoice> CODEBOOK = List.of(position(30), position(10), position(20));

    @Test
    void readsAsAMapOfThePositionsWithPassages() {
        PositionCounts sut = new PositionCounts(new PositionCounts.Slots(CODEBOOK));

        sut.add(30, StanceQualifier.SUPPORTS, 2);
        sut.add(30, StanceQualifier.OPPOSES, 1);
        sut.add(10, StanceQualifier.NEUTRAL, 4);
        sut.add(30, StanceQualifier.SUPPORTS, 3);

        Map<Long, StanceCount> expected = new HashMap<>();
        expected.put(30L, new StanceCount(5, 1, 0));
        expected.put(10L, new StanceCount(0, 0, 4));
        assertThat(sut).as("counts by position").isEqualTo(expected);
        assertThat(sut.size()).as("positions with passages").isEqualTo(2);
        assertThat(sut.get(20L)).as("a position without passages").isNull();
        assertThat(sut.getOrDefault(20L, StanceCount.NONE)).isEqualTo(StanceCount.NONE);
        assertThat(sut.containsKey(10L)).isTrue();
        assertThat(sut.keySet()).as("positions in id order").containsExactly(10L, 30L);
    }

    @Test
    void leavesOutAPositionThatIsNotInTheCodebook() {
        PositionCounts sut = new PositionCounts(new PositionCounts.Slots(CODEBOOK));

        sut.add(99, StanceQualifier.SUPPORTS, 7);

        assertThat(sut).as("counts").isEmpty();
        assertThat(sut.get(99L)).as("the stray position").isNull();
    }

    private static PositionChoice position(long id) {
        return new PositionChoice(id, "Issue", "Position " + id, "", "#336699", "");
    }
}
