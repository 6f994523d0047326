package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShingleTableTest {

    private final ShingleTable sut = new ShingleTable();

    @Test
    void a_shingle_appended_to_for_the_first_time_starts_its_chain_and_later_postings_are_linked_to_the_last() {
        assertThat(sut.append(42, 0)).as("last posting before the first").isEqualTo(ShingleTable.NONE);
        assertThat(sut.append(42, 5)).as("last posting before the second").isEqualTo(0);
        assertThat(sut.append(42, 9)).as("last posting before the third").isEqualTo(5);

        assertThat(sut.firstPosting(42)).as("first posting").isZero();
        assertThat(sut.firstPosting(43))
                .as("first posting of a shingle never appended")
                .isEqualTo(ShingleTable.NONE);
    }

    @Test
    void the_shingle_whose_hash_is_zero_has_a_chain_like_any_other() {
        assertThat(sut.firstPosting(0)).as("before").isEqualTo(ShingleTable.NONE);
        sut.append(0, 3);

        assertThat(sut.append(0, 4)).as("last posting of hash 0").isEqualTo(3);
        assertThat(sut.firstPosting(0)).as("first posting of hash 0").isEqualTo(3);
    }

    @Test
    void every_chain_keeps_its_ends_as_the_table_grows_many_times() {
        Random random = new Random(7);
        List<Long> shingles = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            shingles.add(random.nextLong());
        }
        for (int posting = 0; posting < shingles.size(); posting++) {
            sut.append(shingles.get(posting), posting);
        }

        for (int posting = 0; posting < shingles.size(); posting++) {
            assertThat(sut.firstPosting(shingles.get(posting)))
                    .as("first posting of shingle %d", posting)
                    .isEqualTo(posting);
            assertThat(sut.append(shingles.get(posting), shingles.size() + posting))
                    .as("last posting of shingle %d", posting)
                    .isEqualTo(posting);
        }
    }
}
