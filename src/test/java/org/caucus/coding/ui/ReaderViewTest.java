package org.caucus.coding.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.caucus.QuotingThreadProject;
import org.caucus.SeedProject;
import org.caucus.ViewTest;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageReading;
import org.caucus.corpus.MessageRow;
import org.caucus.corpus.Participant;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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

    @Autowired
    CodebookService codebook;

    @Autowired
    ApplicationContext context;

    private static final String JOANA = "a dialogue without governments is not my perfect view of a";

    SeedProject.Fixture seed;
    PassageReader sut;

    @BeforeEach
    void openSeedMessage() {
        seed = seedProject.create();
        UI.getCurrent().navigate("messages/" + seed.messageId());
        sut = _get(PassageReader.class);
    }

    @Test
    void a_message_is_read_in_its_own_project_which_it_opens() {
        assertThat(context.getBean(OpenProject.class).project().map(Project::getId))
                .as("the open project")
                .contains(seed.project().getId());
    }

    @Test
    void the_message_as_imported_is_read_when_unfolded_with_its_original_to_download() {
        AsImported asImported = _get(AsImported.class);
        assertThat(_find(asImported, Div.class, spec -> spec.withClasses("as-imported-fact")))
                .as("facts before unfolding")
                .isEmpty();

        asImported.setOpen(true);
        ComponentUtil.fireEvent(asImported, new NativeDetails.ToggleEvent(asImported, true));

        assertThat(_find(asImported, Div.class, spec -> spec.withClasses("as-imported-fact")))
                .extracting(Div::getText)
                .as("facts once unfolded")
                .contains("File: seed.txt", "Charset: UTF-8, assumed: nothing usable was declared");
        assertThat(_get(asImported, Anchor.class, spec -> spec.withClasses("as-imported-download"))
                        .getText())
                .as("the original's link")
                .matches("Download the original \\([\\d,]+ bytes\\)");
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
    void a_selection_opens_the_popup_whose_search_narrows_the_positions_and_a_pick_codes_the_passage() {
        PassageRange passage = seed.range(JOANA);

        select(passage.start(), passage.end(), passage.text());
        CodingPopup popup = _get(CodingPopup.class);
        assertThat(popup.isOpened()).as("popup open after a selection").isTrue();
        _get(popup, TextField.class, spec -> spec.withClasses("position-search"))
                .setValue("liaison");
        assertThat(_find(popup, Button.class, spec -> spec.withClasses("position-option")))
                .as("positions left after typing 'liaison'")
                .extracting(Button::getText)
                .containsExactly("Direct liaison");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<StanceQualifier> qualifier = _get(popup, RadioButtonGroup.class);
        qualifier.setValue(StanceQualifier.NEUTRAL);
        _get(popup, TextArea.class).setValue("asks for a channel");
        _click(_get(popup, Button.class, spec -> spec.withText("Direct liaison")));

        assertThat(coding.highlights(seed.messageId()))
                .as("stored highlights")
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.position()).isEqualTo("Direct liaison");
                    assertThat(h.qualifier()).isEqualTo(StanceQualifier.NEUTRAL);
                    assertThat(h.memo()).isEqualTo("asks for a channel");
                });
        assertThat(popup.isOpened()).as("popup after coding").isFalse();
        assertThat(sut.getElement().getProperty("highlightsJson"))
                .as("highlights sent to the browser")
                .contains("\"start\":" + passage.start(), "\"speaker\":\"Joana Varon\"");
    }

    @Test
    void a_selection_whose_text_does_not_match_is_refused_in_the_popup() {
        PassageRange passage = seed.range(JOANA);

        select(passage.start(), passage.end(), "something the message never said");
        _click(_get(_get(CodingPopup.class), Button.class, spec -> spec.withText("Governments take part")));

        assertThat(_get(Span.class, spec -> spec.withClasses("coding-problem")).getText())
                .as("problem shown to the coder")
                .contains("does not match");
        assertThat(_get(CodingPopup.class).isOpened()).as("popup stays open").isTrue();
        assertThat(coding.highlights(seed.messageId())).as("stored highlights").isEmpty();
    }

    @Test
    void keys_set_the_qualifier_and_code_with_the_position_of_a_digit_then_undo_and_redo_it() {
        PassageRange passage = seed.range(JOANA);
        select(passage.start(), passage.end(), passage.text());

        key("o");
        key("2");

        assertThat(coding.highlights(seed.messageId()))
                .as("coded from the keyboard")
                .extracting(Highlight::position, Highlight::qualifier)
                .containsExactly(tuple("Direct liaison", StanceQualifier.OPPOSES));
        long coded = coding.highlights(seed.messageId()).getFirst().id();
        assertThat(sut.getElement().getProperty("focusedId", -1))
                .as("new passage in focus")
                .isEqualTo((int) coded);

        key("undo");
        assertThat(coding.highlights(seed.messageId())).as("after Ctrl+Z").isEmpty();
        key("redo");
        assertThat(coding.highlights(seed.messageId()))
                .as("after Ctrl+Shift+Z")
                .extracting(Highlight::position)
                .containsExactly("Direct liaison");
    }

    @Test
    void with_a_passage_in_focus_keys_change_its_qualifier_and_position_and_delete_removes_it() {
        Highlight coded = codeJoanaAndClickIt();

        key("n");
        key("2");
        assertThat(coding.highlights(seed.messageId()))
                .as("passage in focus after n and 2")
                .extracting(Highlight::position, Highlight::qualifier)
                .containsExactly(tuple("Direct liaison", StanceQualifier.NEUTRAL));

        key("Delete");
        assertThat(coding.highlights(seed.messageId())).as("after Delete").isEmpty();
        key("undo");
        assertThat(coding.highlights(seed.messageId())).as("deletion undone").hasSize(1);
    }

    @Test
    void the_editor_moves_the_span_to_a_new_selection_and_changes_the_memo() {
        Highlight coded = codeJoanaAndClickIt();
        key("e");
        AnnotationEditor editor = _get(AnnotationEditor.class);
        assertThat(_get(editor, Span.class, spec -> spec.withClasses("editor-position"))
                        .getText())
                .as("position shown in the editor")
                .isEqualTo("Position: Governments take part");

        PassageRange shorter = seed.range("a dialogue without governments");
        select(shorter.start(), shorter.end(), shorter.text());
        assertThat(_find(CodingPopup.class))
                .as("coding popups open while editing")
                .isEmpty();
        _click(_get(editor, Button.class, spec -> spec.withClasses("use-selection")));
        _get(editor, TextArea.class).setValue("narrowed");
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        assertThat(coding.highlights(seed.messageId()))
                .as("after the edit")
                .extracting(Highlight::id, Highlight::start, Highlight::end, Highlight::memo)
                .containsExactly(tuple(coded.id(), shorter.start(), shorter.end(), "narrowed"));
    }

    @Test
    void question_mark_lists_the_shortcuts_with_the_positions_of_the_digits() {
        key("?");

        assertThat(_find(_get(ShortcutsHelp.class), Div.class, spec -> spec.withClasses("shortcut-row")))
                .as("shortcut rows")
                .extracting(row -> row.getChildren()
                        .map(part -> part.getElement().getText())
                        .collect(Collectors.joining(" ")))
                .contains(
                        "1 Code the selection (or re-code the passage in focus) as “Governments take part”",
                        "u Next message nobody has coded");
    }

    @Test
    void a_position_added_while_reading_is_offered_when_the_message_is_opened_again() {
        PassageRange passage = seed.range(JOANA);
        select(passage.start(), passage.end(), passage.text());
        assertThat(positionsOffered()).as("positions before").doesNotContain("Summit boycott");

        codebook.addPosition(
                codebook.findPosition(seed.governments().getId()).orElseThrow().getIssue(),
                "Summit boycott",
                null,
                "#d62728",
                null);
        UI.getCurrent().navigate("messages/" + seed.messageId(), QueryParameters.of("again", "1"));
        sut = _get(PassageReader.class);
        select(passage.start(), passage.end(), passage.text());

        assertThat(positionsOffered())
                .as("positions after the codebook changed")
                .contains("Summit boycott");
        key("?");
        assertThat(_get(ShortcutsHelp.class).getElement().getTextRecursively())
                .as("shortcut help after the codebook changed")
                .contains("Summit boycott");
    }

    private static List<String> positionsOffered() {
        return _find(_get(CodingPopup.class), Button.class, spec -> spec.withClasses("position-option")).stream()
                .map(Button::getText)
                .toList();
    }

    @Test
    void j_k_and_u_move_through_the_messages_and_the_header_links_the_thread() {
        QuotingThreadProject.Fixture thread = quotingThread.create();
        List<MessageRow> messages = thread.messages();
        quotingThread.codeFirst(thread, 1, "we should ask this week");
        UI.getCurrent().navigate("messages/" + messages.get(0).id());

        key("j");
        assertThat(location())
                .as("after j")
                .isEqualTo("messages/" + messages.get(1).id());
        assertThat(_get(Anchor.class, spec -> spec.withClasses("thread-parent")).getHref())
                .as("link to the message replied to")
                .isEqualTo("messages/" + messages.get(0).id());
        key("k");
        assertThat(location())
                .as("after k")
                .isEqualTo("messages/" + messages.get(0).id());
        key("u");
        assertThat(location())
                .as("after u, skipping the coded reply")
                .isEqualTo("messages/" + messages.get(2).id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_speaker_of_the_selected_block_is_shown_and_can_be_corrected() {
        PassageRange passage = seed.range(JOANA);
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

    @Test
    void a_save_after_someone_else_changed_the_passage_says_who_and_when_and_keeps_their_change() {
        Highlight coded = codeJoanaAndClickIt();
        key("e");
        AnnotationEditor editor = _get(AnnotationEditor.class);
        coding.editAs(
                "bob",
                coded.id(),
                coded.version(),
                new CodingRequest(
                        seed.messageId(),
                        seed.range(JOANA),
                        seed.governments().getId(),
                        StanceQualifier.NEUTRAL,
                        null));

        _get(editor, TextArea.class).setValue("my memo");
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        assertThat(_get(editor, Span.class, spec -> spec.withClasses("coding-problem"))
                        .getText())
                .as("why the save was refused")
                .matches("This passage was changed by bob at \\d\\d:\\d\\d; reload to see it\\.");
        assertThat(coding.highlights(seed.messageId()))
                .as("Bob's change is kept")
                .extracting(Highlight::qualifier, Highlight::memo)
                .containsExactly(tuple(StanceQualifier.NEUTRAL, null));
    }

    @Test
    void history_lists_who_coded_and_changed_the_passages_of_the_message() {
        codeJoanaAndClickIt();
        key("o");

        _click(_get(Button.class, spec -> spec.withText("History")));

        Grid<?> history = _get(_get(PassageHistoryDialog.class), Grid.class);
        assertThat(List.of(
                        _getFormattedRow(history, 0).subList(1, 4),
                        _getFormattedRow(history, 1).subList(1, 4)))
                .as("who, did, what; latest first")
                .containsExactly(
                        List.of("tester", "changed", "qualifier supports → opposes"),
                        List.of("tester", "created", "supports “Governments take part”: “" + JOANA + "”"));
    }

    private void select(int start, int end, String text) {
        ComponentUtil.fireEvent(sut, new PassageReader.PassageSelected(sut, true, start, end, text, 200, 200));
    }

    /** Codes Joana's passage outside the reader, opens the message again and clicks the passage. */
    private Highlight codeJoanaAndClickIt() {
        Highlight coded = coding.code(new CodingRequest(
                seed.messageId(), seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS, null));
        UI.getCurrent().navigate("messages/" + seed.messageId());
        sut = _get(PassageReader.class);
        ComponentUtil.fireEvent(sut, new PassageReader.AnnotationFocused(sut, true, coded.id()));
        return coded;
    }

    private void key(String key) {
        PassageReader reader = _get(PassageReader.class);
        ComponentUtil.fireEvent(reader, new PassageReader.ReaderKey(reader, true, key));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
