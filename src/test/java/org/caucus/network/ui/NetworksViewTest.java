package org.caucus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.Optional;
import org.caucus.ViewTest;
import org.caucus.analysis.ComparisonScope;
import org.caucus.network.NetworkKind;
import org.caucus.network.NetworkLevel;
import org.caucus.network.NetworkRequest;
import org.caucus.network.TieWeight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Networks page over the Demo project: four speakers, seven worked examples, no two sharing a stance. */
class NetworksViewTest extends ViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    NetworkPicture sut;

    @BeforeEach
    void openThePage() {
        UI.getCurrent().navigate("networks");
        sut = _get(NetworkPicture.class);
    }

    @Test
    void congruence_of_the_demo_has_its_four_speakers_and_no_tie() {
        PictureJson.Picture picture = shown();

        assertThat(picture.kind()).as("network drawn first").isEqualTo("congruence");
        assertThat(picture.nodes())
                .as("speakers")
                .extracting(PictureJson.Node::name)
                .containsExactly("Jeremy Malcolm", "Joana Varon", "Michael Gurstein", "parminder");
        assertThat(picture.ties())
                .as("ties: nobody shares a stance in the demo")
                .isEmpty();
        assertThat(summary()).as("summary").contains("4 nodes, 0 ties");
    }

    @Test
    void affiliation_ties_the_speakers_to_the_positions_of_the_worked_examples_and_weighs_no_jaccard() {
        networkKind().setValue(NetworkKind.AFFILIATION);

        PictureJson.Picture picture = shown();
        assertThat(picture.ties()).as("one tie per worked example").hasSize(7);
        assertThat(picture.ties()).as("Jeremy opposes 1net as the interface").anySatisfy(tie -> {
            assertThat(tie.source()).isEqualTo(nodeId(picture, "Jeremy Malcolm"));
            assertThat(tie.stance()).isEqualTo("opposes");
        });
        assertThat(picture.nodes())
                .as("positions are nodes of their own: the seven worked examples are on seven positions")
                .filteredOn(node -> node.kind().equals("position"))
                .hasSize(7);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TieWeight> weight = _get(RadioButtonGroup.class, spec -> spec.withLabel("Tie weight"));
        assertThat(weight.isEnabled())
                .as("Jaccard applies to one-mode networks only")
                .isFalse();
    }

    @Test
    void clicking_a_speaker_lists_their_passages_with_links_to_the_reader() {
        String jeremy = nodeId(shown(), "Jeremy Malcolm");

        ComponentUtil.fireEvent(sut, new NetworkPicture.NodeSelected(sut, true, jeremy));

        assertThat(_get(PassageList.class, spec -> spec.withClasses("node-passages"))
                        .getChildren()
                        .filter(H3.class::isInstance)
                        .map(heading -> ((H3) heading).getText()))
                .as("heading of the passage list")
                .containsExactly("Jeremy Malcolm");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("read-passage")))
                .as("Jeremy's three worked examples, each linked to its message")
                .hasSize(3)
                .allSatisfy(link -> assertThat(link.getHref()).matches("messages/\\d+"));
    }

    @Test
    void a_date_range_that_ends_before_it_starts_is_named_and_nothing_is_drawn() {
        _get(DatePicker.class, spec -> spec.withLabel("From")).setValue(LocalDate.of(2013, 11, 14));
        _get(DatePicker.class, spec -> spec.withLabel("To")).setValue(LocalDate.of(2013, 11, 13));

        assertThat(summary())
                .as("message")
                .isEqualTo("The date range ends (2013-11-13) before it starts (2013-11-14): choose an end on or after"
                        + " the start.");
        assertThat(sut.shown()).as("picture").isEmpty();
    }

    @Test
    void a_date_range_after_the_seed_message_leaves_no_one() {
        _get(DatePicker.class, spec -> spec.withLabel("From")).setValue(LocalDate.of(2013, 11, 14));

        assertThat(shown().nodes()).as("nodes after 13 November 2013").isEmpty();
        assertThat(summary()).as("summary").contains("No coded passage with a known speaker is in these filters");
    }

    @Test
    void downloads_of_graphml_and_csv_are_offered_and_named_after_the_network() {
        NetworkRequest jaccardConflict = new NetworkRequest(
                NetworkKind.CONFLICT, NetworkLevel.ORGANISATIONS, TieWeight.JACCARD, ComparisonScope.everything());
        NetworkRequest affiliation = new NetworkRequest(
                NetworkKind.AFFILIATION, NetworkLevel.PARTICIPANTS, TieWeight.JACCARD, ComparisonScope.everything());

        assertThat(_find(Anchor.class, spec -> spec.withClasses("network-download")))
                .as("download links")
                .extracting(Anchor::getId)
                .containsExactly(Optional.of("download-graphml"), Optional.of("download-csv"));
        assertThat(NetworksView.fileName(jaccardConflict, "graphml"))
                .as("file of a Jaccard-weighted conflict network")
                .isEqualTo("conflict-organisations-jaccard.graphml");
        assertThat(NetworksView.fileName(affiliation, "csv"))
                .as("affiliation ties always weigh passages")
                .isEqualTo("affiliation-participants.csv");
    }

    private PictureJson.Picture shown() {
        return JSON.readValue(sut.shown(), PictureJson.Picture.class);
    }

    private String summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("network-summary"))
                .getText();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<NetworkKind> networkKind() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Network"));
    }

    private static String nodeId(PictureJson.Picture picture, String name) {
        return picture.nodes().stream()
                .filter(node -> node.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
