package org.caucus.corpus.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.caucus.corpus.WorkingGroupArchive.BOB;
import static org.caucus.corpus.WorkingGroupArchive.WGIG;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.caucus.ViewTest;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageListRow;
import org.caucus.corpus.Poster;
import org.caucus.corpus.WorkingGroupArchive;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message list shows the Demo project, which other tests also import into, so each test
 * narrows to the wgig list that only the working-group archive brings.
 */
class MessagesViewTest extends ViewTest {

    @Autowired
    CorpusService corpus;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    Project demo;
    List<MessageListRow> wgig;

    @BeforeEach
    void openTheMessageListOnTheWorkingGroupArchive() {
        demo = projects.findDefault().orElseThrow();
        WorkingGroupArchive.importInto(importer, demo);
        wgig = corpus.findMessages(demo, MessageFilter.EVERYTHING.withListName(WGIG), Pageable.unpaged());
        // Vaadin opened the list before the import; open it afresh so that it offers the new list.
        UI.getCurrent().navigate("import");
        UI.getCurrent().navigate("");
    }

    @Test
    void with_no_filter_the_whole_project_is_listed_and_counted() {
        long all = corpus.countMessages(demo, MessageFilter.EVERYTHING);

        assertThat(_size(sut())).as("rows").isEqualTo(all);
        assertThat(count()).as("count").isEqualTo("%,d messages".formatted(all));
    }

    @Test
    void the_list_answers_at_messages_too_the_address_a_message_of_it_extends() {
        UI.getCurrent().navigate("messages", QueryParameters.of("list", WGIG));

        assertThat(rows()).as("rows on wgig at /messages").isEqualTo(wgig);
    }

    @Test
    @Transactional
    void lists_spelled_alike_are_merged_after_a_confirmation() {
        jdbc.update(
                "update message set list_name = 'WGIG' where id = ?",
                wgig.getFirst().id());
        UI.getCurrent().navigate("import");
        UI.getCurrent().navigate("");

        Button offered = _get(Button.class, spec -> spec.withClasses("merge-spelled-alike"));
        assertThat(offered.getText()).as("offered").isEqualTo("Merge lists spelled alike (1)…");
        _click(offered);
        _click(_get(MergeSpelledAlikeDialog.class).merge);

        assertThat(getSuggestionItems(combo("List")))
                .as("lists offered: the first spelling in code point order kept")
                .contains("WGIG")
                .doesNotContain(WGIG);
        assertThat(corpus.countMessages(demo, MessageFilter.EVERYTHING.withListName("WGIG")))
                .as("messages of the list kept")
                .isEqualTo(wgig.size());
        assertThat(_find(Button.class, spec -> spec.withClasses("merge-spelled-alike")))
                .as("offered once merged")
                .isEmpty();
    }

    @Test
    void renaming_is_offered_while_one_list_is_shown() {
        assertThat(_find(Button.class, spec -> spec.withClasses("rename-list")))
                .as("offered with every list shown")
                .isEmpty();

        combo("List").setValue(WGIG);

        assertThat(renameList().isVisible()).as("offered with wgig shown").isTrue();
    }

    @Test
    @Transactional
    void the_list_shown_is_renamed_and_its_messages_are_shown_under_the_new_name() {
        UI.getCurrent().navigate("messages", QueryParameters.of("list", WGIG));
        _click(renameList());
        RenameListDialog dialog = _get(RenameListDialog.class);

        dialog.newName.setValue(" WGIG 2005 ");
        _click(dialog.rename);

        assertThat(combo("List").getValue()).as("list chosen").isEqualTo("WGIG 2005");
        assertThat(rows()).as("rows").extracting(MessageListRow::id).isEqualTo(ids(wgig));
        assertThat(_getFormattedRow(sut(), 0).get(2))
                .as("subject, without the tag of the list's earlier name")
                .isEqualTo("Enhanced cooperation");
        assertThat(getSuggestionItems(combo("List")))
                .as("lists offered")
                .contains("WGIG 2005")
                .doesNotContain(WGIG);
    }

    @Test
    @Transactional
    void an_empty_name_is_refused_in_the_dialog_and_the_list_keeps_its_name() {
        UI.getCurrent().navigate("messages", QueryParameters.of("list", WGIG));
        _click(renameList());
        RenameListDialog dialog = _get(RenameListDialog.class);

        dialog.newName.setValue("   ");
        _click(dialog.rename);

        assertThat(dialog.isOpened()).as("dialog open").isTrue();
        assertThat(dialog.newName.getErrorMessage()).as("why").isEqualTo("Give the list \"wgig\" a name.");
        assertThat(corpus.listNames(demo)).as("the project's lists").contains(WGIG);
    }

    @Test
    void a_list_named_in_the_address_in_another_case_is_the_projects_list_of_that_name() {
        UI.getCurrent().navigate("messages", QueryParameters.of("list", WGIG.toUpperCase(Locale.ROOT)));

        assertThat(combo("List").getValue()).as("list chosen").isEqualTo(WGIG);
        assertThat(rows()).as("rows").isEqualTo(wgig);
    }

    @Test
    void sending_times_are_shown_in_utc_so_that_rows_in_date_order_read_in_order() {
        combo("List").setValue(WGIG);

        List<String> shown = rows().stream()
                .map(row -> _getFormattedRow(sut(), rows().indexOf(row)).getFirst())
                .toList();

        assertThat(shown)
                .as("sent, in UTC: Carol's 23:30 -05:00 on the 3rd is 04:30 on the 4th")
                .containsExactly(
                        "2013-11-01 10:00",
                        "2013-11-02 09:00",
                        "2013-11-04 04:30",
                        "2013-11-04 08:00",
                        "2013-12-01 12:00");
        assertThat(SentAt.bySendersClock(rows().get(2).sentAt()))
                .as("the tooltip of Carol's")
                .isEqualTo("Sender's clock: Sun 3 Nov 2013, 23:30 -05:00");
    }

    @Test
    void choosing_a_list_shows_only_its_messages() {
        combo("List").setValue(WGIG);

        assertThat(rows()).as("rows on wgig").isEqualTo(wgig);
        assertThat(count()).as("count").isEqualTo("5 messages");
    }

    @Test
    void the_list_column_has_room_for_the_longest_list_name_whichever_rows_come_first() {
        int longest =
                corpus.listNames(demo).stream().mapToInt(String::length).max().orElseThrow();

        String width = sut().getColumnByKey("list").getWidth();

        assertThat(width).as("width of the List column").endsWith("rem");
        assertThat(Double.parseDouble(width.replace("rem", "")))
                .as("width in rem, for a longest list name of %d letters of about half a rem", longest)
                .isGreaterThan(longest * 0.5);
    }

    @Test
    void subjects_are_shown_without_the_tag_of_the_list_named_beside_them() {
        combo("List").setValue(WGIG);

        assertThat(rows().stream()
                        .map(row -> _getFormattedRow(sut(), rows().indexOf(row)).get(2))
                        .distinct())
                .as("subjects shown")
                .containsExactlyInAnyOrder("Enhanced cooperation", "Re: Enhanced cooperation", "Budget");
        assertThat(sut().getColumnByKey("subject").getTooltipGenerator().apply(rows().getFirst()))
                .as("the subject as sent, on hover")
                .startsWith("[wgig] ");
    }

    @Test
    void a_participant_and_a_date_range_narrow_the_list_together() {
        combo("List").setValue(WGIG);
        ComboBox<Poster> participant = combo("Participant");
        assertThat(getSuggestionItems(participant))
                .as("participants to choose from")
                .extracting(Poster::displayName)
                .contains(BOB);

        participant.setValue(getSuggestionItems(participant).stream()
                .filter(poster -> poster.displayName().equals(BOB))
                .findFirst()
                .orElseThrow());
        _get(DatePicker.class, spec -> spec.withLabel("Sent from")).setValue(LocalDate.of(2013, 11, 2));
        _get(DatePicker.class, spec -> spec.withLabel("Sent to")).setValue(LocalDate.of(2013, 11, 30));

        assertThat(rows())
                .as("Bob's wgig messages from 2 November on, in November")
                .extracting(MessageListRow::poster, row -> row.sentAt().toLocalDate())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BOB, LocalDate.of(2013, 11, 2)),
                        org.assertj.core.groups.Tuple.tuple(BOB, LocalDate.of(2013, 11, 4)));
        assertThat(count()).as("count").isEqualTo("2 messages");
    }

    @Test
    void a_thread_in_the_address_shows_only_that_thread_until_all_threads_are_asked_for() {
        long threadId = wgig.getFirst().threadId();

        UI.getCurrent().navigate("", QueryParameters.of("thread", String.valueOf(threadId)));

        assertThat(rows())
                .as("rows of the thread")
                .allSatisfy(row -> assertThat(row.threadId()).isEqualTo(threadId));
        assertThat(count()).as("count").isEqualTo("4 messages");
        assertThat(_get(Span.class, spec -> spec.withClasses("thread-filter")).getText())
                .as("thread named above the list")
                .isEqualTo("Thread: [wgig] Enhanced cooperation (4 messages)");

        _click(_get(Button.class, spec -> spec.withText("Show all threads")));

        assertThat(_size(sut()))
                .as("rows after showing all threads")
                .isEqualTo(corpus.countMessages(demo, MessageFilter.EVERYTHING));
    }

    @Test
    void an_import_in_the_address_shows_only_its_messages_until_every_import_s_are_asked_for() {
        long runId = jdbc.queryForObject(
                "select import_run_id from message where id = ?",
                Long.class,
                wgig.getFirst().id());

        UI.getCurrent().navigate("messages", QueryParameters.of("import", String.valueOf(runId)));

        assertThat(rows())
                .as("rows of the import: the archive's seven messages, of its two lists")
                .hasSize(7)
                .containsAll(wgig)
                .extracting(MessageListRow::listName)
                .containsOnly(WGIG, "igf");
        assertThat(_get(Span.class, spec -> spec.withClasses("import-filter")).getText())
                .as("import named above the list")
                .isEqualTo("Import: wgig-2013.txt");

        _click(_get(Button.class, spec -> spec.withText("Show every import's messages")));

        assertThat(_size(sut()))
                .as("rows after showing every import's")
                .isEqualTo(corpus.countMessages(demo, MessageFilter.EVERYTHING));
    }

    @Test
    void a_rows_actions_show_only_its_thread_or_open_its_tree() {
        combo("List").setValue(WGIG);
        MessageListRow reply = rows().get(1);

        _clickItemWithCaption(_get(MessagesView.class).rowActions, "Show only this thread", reply);

        assertThat(rows())
                .as("rows after choosing the reply's thread")
                .extracting(MessageListRow::threadId)
                .containsOnly(reply.threadId())
                .hasSize(4);
        RouterLink link = (RouterLink) _getCellComponent(sut(), 1, "thread");
        assertThat(link.getHref()).as("thread link of the reply").isEqualTo("threads/" + reply.threadId());
    }

    @Test
    void clicking_a_message_opens_it_in_the_reader() {
        combo("List").setValue(WGIG);

        _clickItem(sut(), 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("address after the click")
                .isEqualTo("messages/" + wgig.getFirst().id());
    }

    @SuppressWarnings("unchecked")
    private static Button renameList() {
        return _get(Button.class, spec -> spec.withClasses("rename-list"));
    }

    private static List<Long> ids(List<MessageListRow> rows) {
        return rows.stream().map(MessageListRow::id).toList();
    }

    private static Grid<MessageListRow> sut() {
        return _get(Grid.class, spec -> spec.withClasses("message-list"));
    }

    private static List<MessageListRow> rows() {
        return _fetch(sut(), 0, 1000);
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withClasses("message-count")).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }
}
