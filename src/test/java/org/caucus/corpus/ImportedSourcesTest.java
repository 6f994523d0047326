package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImportedSourcesTest {

    @Test
    void files_are_named_in_reading_order_up_to_four_then_counted() {
        List<Path> months = Stream.of("March", "January", "May", "April", "February", "June")
                .map(month -> Path.of("/tmp/upload-1234", "2013-" + month + ".txt.gz"))
                .toList();

        assertThat(ImportedSources.files(months))
                .isEqualTo("2013-January.txt.gz, 2013-February.txt.gz, 2013-March.txt.gz, 2013-April.txt.gz"
                        + " and 2 more");
        assertThat(ImportedSources.files(months.subList(0, 2))).isEqualTo("2013-January.txt.gz, 2013-March.txt.gz");
    }

    @Test
    void a_list_is_named_by_its_address_and_the_months_asked_of_it() {
        String list = "https://lists.example.org/pipermail/bestbits/";

        assertThat(ImportedSources.list(list, YearMonth.of(2013, 10), YearMonth.of(2013, 12)))
                .isEqualTo(list + ", 2013-10 to 2013-12");
        assertThat(ImportedSources.list(list, YearMonth.of(2013, 11), YearMonth.of(2013, 11)))
                .isEqualTo(list + ", the month 2013-11");
        assertThat(ImportedSources.list(list, null, YearMonth.of(2013, 12)))
                .isEqualTo(list + ", every month up to 2013-12");
        assertThat(ImportedSources.list(list, YearMonth.of(2013, 10), null))
                .isEqualTo(list + ", every month from 2013-10");
        assertThat(ImportedSources.list(list, null, null)).isEqualTo(list + ", every month it offers");
    }

    @Test
    void a_password_written_into_a_list_address_is_not_kept() {
        assertThat(ImportedSources.list("https://ann:secret@lists.example.org/pipermail/bestbits/", null, null))
                .isEqualTo("https://lists.example.org/pipermail/bestbits/, every month it offers");
    }
}
