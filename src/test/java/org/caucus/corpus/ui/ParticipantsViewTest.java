package org.caucus.corpus.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.caucus.ViewTest;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.MergeSuggestion;
import org.caucus.corpus.ParticipantRow;
import org.caucus.corpus.StakeholderGroup;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page shows the Demo project, which other tests share, so each test imports three messages
 * of its own: two people with a family name made up for the test, one of them under two addresses.
 */
class ParticipantsViewTest extends ViewTest {

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    String family;
    ParticipantsView sut;

    @BeforeEach
    void importThreeMessagesAndOpenThePage() {
        family = madeUpName();
        // Addresses are identities: each test needs its own, or its posters would be an earlier test's.
        String nnenna = "nnenna." + family.toLowerCase(java.util.Locale.ROOT);
        String archive = message(nnenna, "example.org", "Nnenna " + family, 1)
                + message(nnenna, "lists.example.org", "Nnenna " + family, 2)
                + message(
                        "bertrand." + family.toLowerCase(java.util.Locale.ROOT), "example.fr", "Bertrand " + family, 3);
        importer.importStream(
                projects.findDefault().orElseThrow(),
                family + ".txt",
                new java.io.ByteArrayInputStream(archive.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
        UI.getCurrent().navigate("participants");
        sut = _get(ParticipantsView.class);
        sut.search.setValue(family);
    }

    @Test
    void the_list_shows_names_addresses_and_messages_of_the_participants_found() {
        String lower = family.toLowerCase(java.util.Locale.ROOT);
        assertThat(rows())
                .as("rows for the made-up family name")
                .extracting(
                        ParticipantRow::displayName,
                        row -> String.join(", ", row.addresses()),
                        ParticipantRow::messages)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Bertrand " + family, "bertrand." + lower + "@example.fr", 1L),
                        org.assertj.core.groups.Tuple.tuple("Nnenna " + family, "nnenna." + lower + "@example.org", 1L),
                        org.assertj.core.groups.Tuple.tuple(
                                "Nnenna " + family, "nnenna." + lower + "@lists.example.org", 1L));
        assertThat(_get(Span.class, spec -> spec.withClasses("participant-count"))
                        .getText())
                .as("count")
                .isEqualTo("3 participants");
    }

    @Test
    void accepting_a_suggestion_merges_the_pair_in_the_list() {
        int row = suggestionRow();

        _click(button(row, "Merge"));

        assertTheNnennasAreOne();
    }

    @Test
    void rejecting_a_suggestion_removes_it_and_keeps_both() {
        int row = suggestionRow();

        _click(button(row, "Different people"));

        assertThat(suggestions()).as("suggestions for the family").isEmpty();
        assertThat(rows()).as("rows after rejecting").hasSize(3);
    }

    @Test
    void pairs_found_by_the_filter_and_chosen_are_merged_at_once_after_a_confirmation() {
        MergeSuggestionList list = _get(MergeSuggestionList.class);
        list.filter.setValue(family.toLowerCase(java.util.Locale.ROOT));
        List<MergeSuggestion> shown = _fetch(list.grid, 0, 10_000);
        assertThat(shown).as("pairs the filter shows").isEqualTo(suggestions());
        assertThat(_get(list, H3.class).getText()).as("title").matches("\\d+ merge suggestions?, 1 shown");

        shown.forEach(list.grid::select);
        assertThat(list.mergeChosen.getText()).as("button").isEqualTo("Merge 1 chosen pair");
        _click(list.mergeChosen);
        assertThat(rows()).as("rows before confirming").hasSize(3);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Merge")));

        assertTheNnennasAreOne();
        assertThat(list.mergeChosen.isVisible())
                .as("merge button with nothing chosen")
                .isFalse();
    }

    @Test
    void chosen_pairs_kept_apart_at_once_are_no_longer_suggested() {
        MergeSuggestionList list = _get(MergeSuggestionList.class);
        suggestions().forEach(list.grid::select);

        _click(list.keepChosenApart);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Keep apart")));

        assertThat(suggestions()).as("suggestions for the family").isEmpty();
        assertThat(rows()).as("rows after keeping apart").hasSize(3);
    }

    @Test
    void the_chosen_participant_s_addresses_are_listed_whole_with_a_link_to_their_messages() {
        ParticipantRow bertrand = rows().getFirst();

        sut.grid.select(bertrand);

        assertThat(_get(sut.editor, Div.class, spec -> spec.withClasses("participant-addresses"))
                        .getChildren()
                        .map(address -> ((Div) address).getText()))
                .as("addresses shown")
                .containsExactly("bertrand." + family.toLowerCase(java.util.Locale.ROOT) + "@example.fr");
        RouterLink messages = _get(sut.editor, RouterLink.class, spec -> spec.withClasses("participant-messages"));
        assertThat(messages.getText()).as("link text").isEqualTo("Their message");
        assertThat(messages.getHref()).as("link").isEqualTo("?participant=" + bertrand.id());

        UI.getCurrent()
                .navigate("", QueryParameters.fromString(messages.getHref().substring(1)));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .as("address after the click")
                .isEqualTo("?participant=" + bertrand.id());
        assertThat(_get(Span.class, spec -> spec.withClasses("message-count")).getText())
                .as("messages listed")
                .isEqualTo("1 message");
    }

    @Test
    void somebody_only_quoted_gets_no_link_to_messages_they_never_posted() {
        sut.search.setValue("Joana Varon");
        ParticipantRow joana = rows().getFirst();
        assertThat(joana.messages()).as("Joana's own messages in the Demo").isZero();

        sut.grid.select(joana);

        assertThat(_find(sut.editor, RouterLink.class, spec -> spec.withClasses("participant-messages")))
                .as("a visible link to her messages")
                .isEmpty();
    }

    @Test
    void organisation_group_and_country_are_edited_for_the_chosen_participant() {
        ParticipantRow bertrand = rows().getFirst();
        sut.grid.select(bertrand);

        sut.editor.organisation.setValue("Internet & Jurisdiction");
        sut.editor.group.setValue(StakeholderGroup.GOVERNMENT);
        sut.editor.country.setValue("fr");
        _click(sut.editor.save);

        assertThat(rows().getFirst())
                .as("Bertrand after saving")
                .extracting(ParticipantRow::organisation, ParticipantRow::stakeholderGroup, ParticipantRow::country)
                .containsExactly("Internet & Jurisdiction", StakeholderGroup.GOVERNMENT, "France");
    }

    @Test
    void a_country_that_is_no_country_is_refused_with_a_message_and_nothing_is_saved() {
        sut.grid.select(rows().getFirst());

        sut.editor.organisation.setValue("Somewhere");
        sut.editor.country.setValue("Narnia");
        _click(sut.editor.save);

        assertThat(_get(Span.class, spec -> spec.withClasses("editor-problem")).getText())
                .as("message")
                .contains("\u201cNarnia\u201d is not a country");
        assertThat(rows().getFirst().organisation())
                .as("organisation after the refusal")
                .isNull();
    }

    private void assertTheNnennasAreOne() {
        assertThat(rows())
                .as("rows after the merge")
                .extracting(ParticipantRow::displayName, ParticipantRow::messages)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bertrand " + family, 1L),
                        org.assertj.core.groups.Tuple.tuple("Nnenna " + family, 2L));
        assertThat(suggestions()).as("suggestions for the family").isEmpty();
    }

    private List<ParticipantRow> rows() {
        return _fetch(sut.grid, 0, 100);
    }

    private List<MergeSuggestion> suggestions() {
        MergeSuggestionList list = _get(MergeSuggestionList.class);
        return _fetch(list.grid, 0, 10_000).stream()
                .filter(s -> s.keepName().contains(family))
                .toList();
    }

    /** The row of the suggestion to merge the two Nnennas. */
    private int suggestionRow() {
        List<MergeSuggestion> all = _fetch(_get(MergeSuggestionList.class).grid, 0, 10_000);
        assertThat(suggestions())
                .as("suggestions for the family")
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("both are named \u201cNnenna " + family + "\u201d"));
        return all.indexOf(suggestions().getFirst());
    }

    private static Button button(int row, String text) {
        var actions = _getCellComponent(_get(MergeSuggestionList.class).grid, row, "actions");
        return _find(actions, Button.class).stream()
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private static String message(String user, String host, String name, int day) {
        return """
                From %1$s at %2$s  Fri Nov  %3$d 09:00:00 2013
                From: %1$s at %2$s (%4$s)
                Date: Fri, %3$d Nov 2013 09:00:00 +0000
                Subject: [people] Hello from %4$s
                Message-ID: <%5$s-%3$d@%2$s>

                A few words of my own, so that the message has a body.

                """.formatted(user, host, day, name, name.replace(' ', '-'));
    }

    /** Letters only, so that the name reads as a name; a new one per test keeps the tests apart. */
    private static String madeUpName() {
        Random random = new Random();
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
