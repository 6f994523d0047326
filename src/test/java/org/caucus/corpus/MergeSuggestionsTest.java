package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeSuggestionsTest {

    @Test
    void the_same_name_under_two_addresses_is_suggested_keeping_the_one_who_posted_more() {
        List<MergeSuggestion> sut = suggestionsAmong(
                candidate(1, "Jeremy Malcolm", 3, "jeremy@ciroap.org"),
                candidate(2, "JEREMY MALCOLM", 9, "jmalcolm@example.net"));

        assertThat(sut).as("suggestions").singleElement().satisfies(suggestion -> {
            assertThat(suggestion.keepId()).as("kept").isEqualTo(2);
            assertThat(suggestion.mergeId()).as("merged").isEqualTo(1);
            assertThat(suggestion.reason()).as("reason").contains("are the same name");
        });
    }

    @Test
    void last_comma_first_and_accents_are_the_same_name() {
        List<MergeSuggestion> sut =
                suggestionsAmong(candidate(1, "Varon, Joana", 0), candidate(2, "Joána Varón", 4, "joana@varon.org"));

        assertThat(sut).as("suggestions").singleElement().satisfies(suggestion -> {
            assertThat(suggestion.keepId()).as("kept: the poster").isEqualTo(2);
            assertThat(suggestion.reason())
                    .as("reason")
                    .contains("\u201cJoána Varón\u201d", "\u201cVaron, Joana\u201d", "are the same name");
        });
    }

    @Test
    void a_given_name_alone_is_suggested_for_the_one_fuller_name_that_has_it() {
        List<MergeSuggestion> sut = suggestionsAmong(
                candidate(1, "parminder", 0),
                candidate(2, "Parminder Jeet Singh", 5, "ps@itforchange.net"),
                candidate(3, "Anriette Esterhuysen", 2, "anriette@apc.org"));

        assertThat(sut).as("suggestions").singleElement().satisfies(suggestion -> {
            assertThat(suggestion.keepName()).as("kept: the fuller name").isEqualTo("Parminder Jeet Singh");
            assertThat(suggestion.mergeName()).as("merged").isEqualTo("parminder");
            assertThat(suggestion.reason()).as("reason").contains("could be short for");
        });
    }

    @Test
    void a_name_whose_accented_letters_an_archive_lost_is_suggested_for_the_accented_name() {
        List<MergeSuggestion> sut = suggestionsAmong(
                candidate(1, "Thomas Herv?", 0), candidate(2, "Thomas Hervé", 12, "therve@example.org"));

        assertThat(sut).as("suggestions").singleElement().satisfies(suggestion -> {
            assertThat(suggestion.keepName()).as("kept: the poster").isEqualTo("Thomas Hervé");
            assertThat(suggestion.mergeName()).as("merged").isEqualTo("Thomas Herv?");
            assertThat(suggestion.reason())
                    .as("reason")
                    .isEqualTo("\u201cThomas Herv?\u201d is \u201cThomas Hervé\u201d with its accented letters lost");
        });
    }

    @Test
    void a_question_mark_does_not_stand_for_a_plain_letter() {
        List<MergeSuggestion> sut =
                suggestionsAmong(candidate(1, "Thomas Herv?", 0), candidate(2, "Thomas HERVE", 12, "th@example.org"));

        assertThat(sut).as("suggestions").isEmpty();
    }

    @Test
    void a_given_name_that_two_people_share_is_not_suggested_for_either() {
        List<MergeSuggestion> sut = suggestionsAmong(
                candidate(1, "parminder", 0),
                candidate(2, "Parminder Jeet Singh", 5, "ps@itforchange.net"),
                candidate(3, "Parminder Kaur", 2, "pk@example.org"));

        assertThat(sut).as("suggestions").isEmpty();
    }

    @Test
    void a_name_that_is_another_participants_mailbox_is_suggested() {
        List<MergeSuggestion> sut = suggestionsAmong(
                candidate(1, "parminder", 0),
                candidate(2, "Parminder J.", 5, "parminder@itforchange.net"),
                candidate(3, "jeremy.malcolm@example.org", 1, "jeremy.malcolm@example.org"),
                candidate(4, "Jeremy Malcolm", 0));

        assertThat(sut)
                .as("suggestions")
                .extracting(MergeSuggestion::keepId, MergeSuggestion::mergeId, MergeSuggestion::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                2L, 1L, "\u201cparminder\u201d is the mailbox name of parminder@itforchange.net"),
                        org.assertj.core.groups.Tuple.tuple(
                                4L,
                                3L,
                                "\u201cJeremy Malcolm\u201d is the mailbox name of jeremy.malcolm@example.org"));
    }

    @Test
    void the_same_personal_mailbox_at_related_hosts_is_suggested_but_not_a_role_mailbox() {
        List<MergeSuggestion> sut = suggestionsAmong(
                candidate(1, "JM", 1, "jeremy@ciroap.org"),
                candidate(2, "Jeremy at lists", 1, "jeremy@lists.ciroap.org"),
                candidate(3, "Jeremy elsewhere", 1, "jeremy@example.org"),
                candidate(4, "CI office", 1, "info@ciroap.org"),
                candidate(5, "CI lists", 1, "info@lists.ciroap.org"),
                candidate(6, "Mail", 1, "anna@mail.example.org.au"),
                candidate(7, "Anna", 1, "anna@example.org.au"),
                candidate(8, "Gmail", 1, "joe@googlemail.com"),
                candidate(9, "Joe", 1, "joe@gmail.com"));

        assertThat(sut)
                .as("pairs suggested")
                .extracting(s -> MergeSuggestions.Pair.of(s.keepId(), s.mergeId()))
                .containsExactlyInAnyOrder(
                        MergeSuggestions.Pair.of(1, 2), MergeSuggestions.Pair.of(6, 7), MergeSuggestions.Pair.of(8, 9));
        assertThat(sut.getFirst().reason())
                .as("reason")
                .contains("the same mailbox at related hosts")
                .contains("jeremy@lists.ciroap.org");
    }

    @Test
    void a_pair_an_analyst_kept_apart_is_not_suggested_again() {
        List<MergeSuggestion> sut = MergeSuggestions.among(
                List.of(candidate(1, "Bob", 1, "bob@a.org"), candidate(2, "Bob", 1, "bob@b.org")),
                Set.of(MergeSuggestions.Pair.of(2, 1)));

        assertThat(sut).as("suggestions").isEmpty();
    }

    @Test
    void archive_obfuscated_addresses_read_as_addresses() {
        assertThat(MailAddress.normalise("Jeremy at CIROAP.org"))
                .as("user at host")
                .isEqualTo("jeremy@ciroap.org");
        assertThat(MailAddress.normalise("Jeremy(a)CIROAP.org"))
                .as("user(a)host, as HyperKitty writes it")
                .isEqualTo("jeremy@ciroap.org");
        assertThat(MailAddress.normalise("<mailto:jeremy@ciroap.org>"))
                .as("bracketed mailto")
                .isEqualTo("jeremy@ciroap.org");
        assertThat(MailAddress.parse("meet at noon")).as("a sentence").isEmpty();
    }

    /** The suggestions among these participants when the analyst has kept no pair apart. */
    private static List<MergeSuggestion> suggestionsAmong(MergeSuggestions.Candidate... candidates) {
        return MergeSuggestions.among(List.of(candidates), Set.of());
    }

    private static MergeSuggestions.Candidate candidate(long id, String name, long messages, String... addresses) {
        return MergeSuggestions.Candidate.of(id, name, List.of(addresses), messages);
    }
}
