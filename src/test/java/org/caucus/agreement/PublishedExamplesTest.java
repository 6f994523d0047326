package org.caucus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measures reproduce worked examples from the methods literature to three decimals, through
 * the same adapters the agreement page uses.
 */
class PublishedExamplesTest {

    private static final double THREE_DECIMALS = 0.0005;

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four observers,
     * twelve units, values 1 to 5, with missing values ({@code .}); nominal alpha 0.743.
     */
    @Test
    void krippendorffs_reliability_data_with_missing_values_give_a_nominal_alpha_of_0_743() {
        ReliabilityData sut = columns(
                List.of("A", "B", "C", "D"),
                "1 2 3 3 2 1 4 1 2 . . .",
                "1 2 3 3 2 2 4 1 2 5 . 3",
                ". 3 3 3 2 3 4 2 2 5 1 .",
                "1 2 3 3 2 4 4 1 2 5 1 .");

        assertThat(CodingAgreement.krippendorffAlpha(sut).value())
                .as("nominal alpha of the four observers")
                .isCloseTo(0.743, within(THREE_DECIMALS));
    }

    /** The same paper, section A: two observers, ten units, binary data; alpha 0.095. */
    @Test
    void krippendorffs_binary_example_gives_an_alpha_of_0_095() {
        ReliabilityData sut = columns(List.of("Ben", "Gerry"), "0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0");

        assertThat(CodingAgreement.krippendorffAlpha(sut).value())
                .as("alpha of the binary data")
                .isCloseTo(0.095, within(THREE_DECIMALS));
        assertThat(CodingAgreement.percent(sut).value())
                .as("six of ten units agree")
                .isCloseTo(0.600, within(THREE_DECIMALS));
    }

    /**
     * Cohen, "A coefficient of agreement for nominal scales" (1960), p. 45: 200 units, three
     * categories; kappa 0.492.
     */
    @Test
    void cohens_second_example_gives_a_kappa_of_0_492() {
        ReliabilityData sut = contingency(new int[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});

        assertThat(CodingAgreement.cohensKappa(sut).value())
                .as("Cohen's kappa")
                .isCloseTo(0.492, within(THREE_DECIMALS));
        assertThat(CodingAgreement.percent(sut).value())
                .as("observed agreement (88 + 40 + 12) / 200")
                .isCloseTo(0.700, within(THREE_DECIMALS));
    }

    /**
     * Artstein and Poesio, "Inter-coder agreement for computational linguistics" (2008), p. 568:
     * 100 utterances coded Statement, Info-Request or Check; kappa 0.801.
     */
    @Test
    void artstein_and_poesios_dialogue_acts_give_a_kappa_of_0_801() {
        ReliabilityData sut = contingency(new int[][] {{46, 0, 0}, {6, 32, 6}, {0, 0, 10}});

        assertThat(CodingAgreement.cohensKappa(sut).value()).as("kappa").isCloseTo(0.801, within(THREE_DECIMALS));
        assertThat(CodingAgreement.percent(sut).value())
                .as("observed agreement (46 + 32 + 10) / 100")
                .isCloseTo(0.880, within(THREE_DECIMALS));
    }

    /**
     * Fleiss, "Measuring nominal scale agreement among many raters" (1971), table 1: 30 patients,
     * six psychiatrists each, five diagnoses; kappa 0.430.
     */
    @Test
    void fleiss_psychiatric_diagnoses_give_a_kappa_of_0_430() {
        String[] patients = {
            "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334", "114444", "555555",
            "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112", "224444", "133555",
            "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444", "133333", "555555"
        };
        ReliabilityData sut = new ReliabilityData(List.of("1", "2", "3", "4", "5", "6"));
        for (String diagnoses : patients) {
            sut.add(diagnoses.chars().mapToObj(Character::toString).toArray());
        }

        assertThat(CodingAgreement.fleissKappa(sut).value())
                .as("Fleiss' kappa")
                .isCloseTo(0.430, within(THREE_DECIMALS));
    }

    /**
     * Krippendorff, "Content Analysis", 2nd ed. (2004), p. 254: two observers unitize the stretch
     * 150–450 into units of categories c and k; unitizing alpha 0.859, for c alone 0.729.
     */
    @Test
    void krippendorffs_unitizing_example_gives_an_alpha_of_0_859() {
        SpanData sut = new SpanData(List.of("i", "j"), 150, 300)
                .add("i", 225, 295, "c")
                .add("i", 370, 400, "c")
                .add("j", 220, 300, "c")
                .add("j", 355, 375, "c")
                .add("j", 400, 420, "c")
                .add("i", 180, 240, "k")
                .add("j", 180, 240, "k")
                .add("i", 300, 350, "k")
                .add("j", 300, 350, "k");

        assertThat(UnitizingAgreement.alpha(sut).value())
                .as("unitizing alpha over both categories")
                .isCloseTo(0.859, within(THREE_DECIMALS));
        assertThat(UnitizingAgreement.alpha(sut, "c").value())
                .as("unitizing alpha of category c")
                .isCloseTo(0.729, within(THREE_DECIMALS));
        assertThat(UnitizingAgreement.alpha(sut, "k").value())
                .as("both observers put the k units in the same places")
                .isCloseTo(1.000, within(THREE_DECIMALS));
    }

    @Test
    void data_where_everyone_chose_one_category_has_no_kappa_but_full_percent_agreement() {
        ReliabilityData sut = columns(List.of("A", "B"), "x x x", "x x x");

        assertThat(CodingAgreement.cohensKappa(sut).defined())
                .as("kappa is undefined")
                .isFalse();
        assertThat(CodingAgreement.cohensKappa(sut).undefinedBecause())
                .as("the reason names the single category")
                .contains("same category");
        assertThat(CodingAgreement.percent(sut).value()).as("percent agreement").isEqualTo(1.0);
    }

    /** One line of space-separated values per coder, {@code .} where the coder left the unit out. */
    private static ReliabilityData columns(List<String> coders, String... valuesByCoder) {
        String[][] values = new String[valuesByCoder.length][];
        for (int coder = 0; coder < valuesByCoder.length; coder++) {
            values[coder] = valuesByCoder[coder].split(" ");
        }
        ReliabilityData data = new ReliabilityData(coders);
        for (int unit = 0; unit < values[0].length; unit++) {
            Object[] unitValues = new Object[coders.size()];
            for (int coder = 0; coder < coders.size(); coder++) {
                String value = values[coder][unit];
                unitValues[coder] = value.equals(".") ? null : value;
            }
            data.add(unitValues);
        }
        return data;
    }

    /** Two coders' data from a contingency table: {@code counts[a][b]} units coded a by one, b by the other. */
    private static ReliabilityData contingency(int[][] counts) {
        ReliabilityData data = new ReliabilityData(List.of("first", "second"));
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < counts[a].length; b++) {
                for (int n = 0; n < counts[a][b]; n++) {
                    data.add("category " + a, "category " + b);
                }
            }
        }
        return data;
    }
}
