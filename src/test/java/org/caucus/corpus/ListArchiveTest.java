package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListArchiveTest {

    @Test
    void an_archive_is_described_by_its_months_their_range_and_the_months_missing_between() {
        assertThat(new ListArchive(
                                "twisted-python",
                                List.of(YearMonth.of(2013, 10), YearMonth.of(2013, 11), YearMonth.of(2013, 12)))
                        .describe())
                .isEqualTo("twisted-python offers 3 months, from 2013-10 to 2013-12.");
        assertThat(new ListArchive("bestbits", List.of(YearMonth.of(2013, 10), YearMonth.of(2013, 12))).describe())
                .isEqualTo("bestbits offers 2 months, from 2013-10 to 2013-12, with 1 month missing between.");
        assertThat(new ListArchive("bestbits", List.of(YearMonth.of(2012, 1), YearMonth.of(2013, 12))).describe())
                .isEqualTo("bestbits offers 2 months, from 2012-01 to 2013-12, with 22 months missing between.");
        assertThat(new ListArchive(null, List.of(YearMonth.of(2013, 11))).describe())
                .isEqualTo("The list offers 1 month, 2013-11.");
    }

    @Test
    void an_archive_without_months_is_refused() {
        assertThatThrownBy(() -> new ListArchive("empty", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
