package org.caucus.coding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import org.caucus.QuotingThreadProject;
import org.caucus.SeedProject;
import org.caucus.ViewTest;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageReading;
import org.caucus.corpus.MessageRow;
import org.caucus.corpus.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import({SeedProject.class, QuotingThreadProject.class})
class ReaderViewTest extends ViewTest {

    @Autowired
    SeedProject seedProject;

    @Autowired
    CodingService coding;

    @Autowired
    QuotingThreadProject quotingThread;

    @Autowired
    CorpusService corpus;

    SeedProject.Fixture seed;
    PassageReader sut;

    @BeforeEach
    void openSeedMessage() {
        seed = seedProject.create();
        UI.getCurrent().navigate("messages/" + seed.messageId());
        sut = _get(PassageReader.class);
    }

    @Test
    void reader_shows_the_header_and_hands_the_body_and_its_blocks_to_the_browser() {
        assertThat(_get(H2.class, spec -> spec.withClasses("message-subject")).getText())
                .as("subject")
                .startsWith("[bestbits] [very quick follow up]");
        assertThat(sut.getElement().getProperty("text"))
                .as("body sent to the browser")
                .isEqualTo(seed.body());
        assertThat(sut.getElement().getProperty("blocksJson"))
                .as("blocks sent to the browser")
                .contains("\"speaker\":\"Joana Varon\"", "\"role\":\"ARCHIVE_FOOTER\"");
    }

    @Test
    void a_selected_passage_coded_in_the_panel_is_stored_and_painted() {
        PassageRange passage = seed.range("a dialogue without governments is not my perfect view of a");

        select(passage.start(), passage.end(), passage.text());
        choosePosition("Governments take part");
        _click(_get(Button.class, spec -> spec.withText("Code passage")));

        assertThat(coding.highlights(seed.messageId())).as("stored highlights").hasSize(1);
        assertThat(sut.getElement().getProperty("highlightsJson"))
                .as("highlights sent to the browser")
                .contains("\"start\":" + passage.start(), "\"speaker\":\"Joana Varon\"");
    }

    @Test
    void a_selection_whose_text_does_not_match_is_refused_in_the_panel() {
        PassageRange passage = seed.range("a dialogue without governments is not my perfect view of a");

        select(passage.start(), passage.end(), "something the message never said");
        choosePosition("Governments take part");
        _click(_get(Button.class, spec -> spec.withText("Code passage")));

        assertThat(_get(Span.class, spec -> spec.withClasses("coding-problem")).getText())
                .as("problem shown to the coder")
                .contains("does not match");
        assertThat(coding.highlights(seed.messageId())).as("stored highlights").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_speaker_of_the_selected_block_is_shown_and_can_be_corrected() {
        PassageRange passage = seed.range("a dialogue without governments is not my perfect view of a");
        select(passage.start(), passage.end(), passage.text());
        Paragraph current = _get(Paragraph.class, spec -> spec.withClasses("block-speaker-current"));
        assertThat(current.getText()).as("speaker shown").startsWith("Speaker here: Joana Varon");

        ComboBox<Participant> speaker =
                _get(ComboBox.class, spec -> spec.withLabel("Change the speaker of this block"));
        speaker.setValue(speaker.getListDataView()
                .getItems()
                .filter(participant -> participant.getDisplayName().equals("Michael Gurstein"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Set speaker")));

        assertThat(current.getText())
                .as("speaker after the correction")
                .isEqualTo("Speaker here: Michael Gurstein (set by tester)");
        assertThat(sut.getElement().getProperty("blocksJson"))
                .as("blocks sent to the browser")
                .contains("\"evidence\":\"set by tester\"");
    }

    @Test
    void a_quote_of_a_passage_already_coded_where_it_was_written_says_so() {
        QuotingThreadProject.Fixture thread = quotingThread.create();
        quotingThread.codeFirst(thread, 0, "direct channel to civil society");
        List<MessageRow> messages = thread.messages();

        UI.getCurrent().navigate("messages/" + messages.get(2).id());
        MessageReading quoting = corpus.read(messages.get(2).id()).orElseThrow();
        int quote = IntStream.range(0, quoting.blocks().size())
                .filter(i -> quoting.blocks().get(i).originMessageId() != null)
                .findFirst()
                .orElseThrow();

        assertThat(_get(PassageReader.class).getElement().getProperty("codedInOriginalJson"))
                .as("blocks marked as coded in the original")
                .isEqualTo("[" + quote + "]");
    }

    private void select(int start, int end, String text) {
        ComponentUtil.fireEvent(sut, new PassageReader.PassageSelected(sut, true, start, end, text));
    }

    @SuppressWarnings("unchecked")
    private static void choosePosition(String name) {
        Select<PositionChoice> position = _get(Select.class);
        position.setValue(position.getListDataView()
                .getItems()
                .filter(choice -> choice.name().equals(name))
                .findFirst()
                .orElseThrow());
    }
}
