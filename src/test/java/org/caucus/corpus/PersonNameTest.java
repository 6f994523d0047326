package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    private static final Transliterator ICU = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    @Test
    void case_and_accents_do_not_make_another_name() {
        assertThat(PersonName.of("Joána VARÓN").key())
                .as("accented, upper case")
                .isEqualTo("joana varon");
        assertThat(PersonName.of("Ævar Müller-Straße").key())
                .as("ligature, umlaut, sharp s")
                .isEqualTo("aevar muller strasse");
    }

    /** Plain ASCII names skip ICU; they must fold exactly as ICU folds them. */
    @Test
    void an_ascii_name_folds_as_icu_folds_it() {
        StringBuilder everyCharacter = new StringBuilder();
        for (char c = 0x20; c < 0x7f; c++) {
            // Brackets, commas and addresses are read before folding; every other character reaches it.
            if ("()[],@<>".indexOf(c) < 0) {
                everyCharacter.append(c).append("Ab").append(c);
            }
        }
        for (String name : List.of(everyCharacter.toString(), "GLYPH Lefkowitz", "O'Brien-SMITH Jr.", "x_y.z 42")) {
            assertThat(PersonName.of(name).key()).as(name).isEqualTo(throughIcu(name));
        }
    }

    /**
     * Names whose letters only carry accents skip ICU too. Every character of the Basic Multilingual Plane that
     * decomposes into ASCII and accents is tried, in a name, against ICU's folding.
     */
    @Test
    void a_name_of_accented_letters_folds_as_icu_folds_it() {
        int tried = 0;
        for (char c = 0x80; c < 0xffff; c++) {
            String name = "Ab" + c + "cD";
            if (Character.isSurrogate(c) || PersonName.withoutAccents(name) == null) {
                continue;
            }
            tried++;
            assertThat(PersonName.of(name).key()).as("U+%04X", (int) c).isEqualTo(throughIcu(name));
        }
        assertThat(tried).as("characters that skip ICU").isGreaterThan(500);
        assertThat(PersonName.withoutAccents("Łukasz Øster"))
                .as("letters that are not accented ASCII")
                .isNull();
    }

    private static String throughIcu(String name) {
        return ICU.transliterate(name).replaceAll("[^a-z0-9]+", " ").strip();
    }

    @Test
    void last_comma_first_reads_given_name_first() {
        assertThat(PersonName.of("Varon, Joana").key()).as("Last, First").isEqualTo("joana varon");
        assertThat(PersonName.of("\"Malcolm, Jeremy\"").key())
                .as("quoted Last, First")
                .isEqualTo("jeremy malcolm");
    }

    @Test
    void a_suffix_after_a_comma_stays_at_the_end() {
        assertThat(PersonName.of("Jeremy Malcolm, PhD").key()).as("suffix").isEqualTo("jeremy malcolm phd");
    }

    @Test
    void names_in_other_scripts_are_transliterated() {
        assertThat(PersonName.of("Андрей Кузнецов").key()).as("Cyrillic").isEqualTo("andrej kuznecov");
        assertThat(PersonName.of("Андрей Кузнецов").key())
                .as("Cyrillic and its Latin spelling through ICU")
                .isEqualTo(PersonName.of("Andrej Kuznecov").key());
    }

    @Test
    void an_address_or_a_bracketed_note_is_no_part_of_a_name() {
        assertThat(PersonName.of("jeremy at ciroap.org").isEmpty())
                .as("pipermail address")
                .isTrue();
        assertThat(PersonName.of("<jeremy@ciroap.org>").isEmpty())
                .as("bracketed address")
                .isTrue();
        assertThat(PersonName.of("Jeremy Malcolm (CI)").key())
                .as("note in brackets")
                .isEqualTo("jeremy malcolm");
    }

    @Test
    void a_shorter_name_can_stand_for_a_fuller_one_with_the_same_given_name() {
        PersonName full = PersonName.of("Parminder Jeet Singh");

        assertThat(PersonName.of("parminder").couldShorten(full))
                .as("given name alone")
                .isTrue();
        assertThat(PersonName.of("Parminder Singh").couldShorten(full))
                .as("without the middle name")
                .isTrue();
        assertThat(PersonName.of("Parminder J. Singh").couldShorten(full))
                .as("initial of the middle name")
                .isTrue();
        assertThat(PersonName.of("P. J. Singh").couldShorten(full))
                .as("initial of the given name")
                .isFalse();
        assertThat(PersonName.of("J. Malcolm").couldShorten(PersonName.of("Jeremy Malcolm")))
                .as("initial of the given name")
                .isFalse();
        assertThat(PersonName.of("Parminder Jeet").couldShorten(full))
                .as("a middle name is not the family name")
                .isFalse();
        assertThat(PersonName.of("Singh").couldShorten(full))
                .as("family name alone")
                .isFalse();
        assertThat(full.couldShorten(PersonName.of("parminder")))
                .as("the fuller name is no short form")
                .isFalse();
    }
}
