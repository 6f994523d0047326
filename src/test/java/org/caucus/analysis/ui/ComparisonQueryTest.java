package org.caucus.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Set;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.Period;
import org.caucus.analysis.Rollup;
import org.caucus.coding.StanceQualifier;
import org.junit.jupiter.api.Test;

class ComparisonQueryTest {

    @Test
    void every_filter_survives_the_trip_through_the_address() {
        ComparisonQuery sut = new ComparisonQuery(
                new ComparisonScope(
                        LocalDate.of(2013, 11, 1),
                        LocalDate.of(2013, 11, 30),
                        Set.of("bestbits", "governance"),
                        Set.of(7L, 3L),
                        Set.of("ana"),
                        Set.of(StanceQualifier.OPPOSES, StanceQualifier.SUPPORTS),
                        Counting.OCCURRENCES),
                Rollup.STAKEHOLDER_GROUP,
                true,
                "Liaison",
                Period.WEEK,
                "CIVIL_SOCIETY",
                java.util.List.of());

        QueryParameters address = sut.toParameters();

        assertThat(address.getParameters())
                .as("address")
                .containsEntry("list", java.util.List.of("bestbits", "governance"))
                .containsEntry("thread", java.util.List.of("3", "7"))
                .containsEntry("qualifier", java.util.List.of("supports", "opposes"))
                .containsEntry("rows", java.util.List.of("stakeholder-group"))
                .containsEntry("from", java.util.List.of("2013-11-01"))
                .hasSize(12);
        assertThat(ComparisonQuery.parse(address)).as("read back").isEqualTo(sut);
    }

    @Test
    void defaults_leave_the_address_empty() {
        assertThat(ComparisonQuery.defaults().toParameters().getQueryString())
                .as("address")
                .isEmpty();
    }

    @Test
    void a_backwards_range_and_bad_values_are_dropped_and_named() {
        ComparisonQuery sut = ComparisonQuery.parse(
                QueryParameters.fromString("from=2013-12-01&to=2013-11-01&thread=x&qualifier=maybe&rows=planet"));

        assertThat(sut.scope()).as("scope").isEqualTo(ComparisonScope.everything());
        assertThat(sut.rollup()).as("rollup").isEqualTo(Rollup.PARTICIPANT);
        assertThat(sut.problems())
                .as("problems")
                .containsExactly(
                        "to=2013-11-01 is before from=2013-12-01; the dates were ignored",
                        "thread=x is not a thread number; ignored",
                        "qualifier=maybe is not supports, opposes or neutral; ignored",
                        "rows=planet is not one of participant, organisation, stakeholder-group, country;"
                                + " participant was used");
    }
}
