package org.caucus.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.caucus.ViewTest;
import org.caucus.analysis.Counting;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.StanceChange;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageReading;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The comparison pages over the Demo project's seven worked examples. */
class ComparisonViewTest extends ViewTest {

    @Autowired
    CodebookService codebook;

    @Autowired
    ProjectService projects;

    @Autowired
    CorpusService corpus;

    @Autowired
    CodingService coding;

    @Autowired
    ScopeChoicesService choices;

    @Test
    void the_thread_filter_reads_the_coded_threads_when_asked_and_names_a_thread_chosen_in_the_address() {
        ScopeChoicesService.ThreadChoice coded = choices.threads(
                        projects.findDefault().orElseThrow(), "", Pageable.ofSize(1))
                .getFirst();
        long thread = coded.id();
        UI.getCurrent().navigate("compare", QueryParameters.of("thread", String.valueOf(thread)));
        CodedThreadsBox sut = _get(CodedThreadsBox.class);

        assertThat(sut.getValue()).as("thread chosen in the address").containsExactly(thread);
        String subject = sut.getItemLabelGenerator().apply(thread);
        assertThat(subject).as("its label").isEqualTo(coded.subject());
        @SuppressWarnings("unchecked")
        DataProvider<Long, String> offered = (DataProvider<Long, String>) sut.getDataProvider();
        assertThat(offered.fetch(new Query<>(
                                0, 50, List.of(), null, subject.substring(0, 10).toLowerCase(Locale.ROOT)))
                        .toList())
                .as("threads offered for part of its subject typed in lower case")
                .contains(thread);
    }

    @Test
    void demo_matrix_lists_each_speaker_of_the_worked_examples_with_their_stance_and_totals() {
        UI.getCurrent().navigate("compare");

        Grid<PositionMatrix.Row> sut = matrixGrid();

        assertThat(rows(sut))
                .as("participants in the matrix")
                .extracting(PositionMatrix.Row::label)
                .containsExactly("Jeremy Malcolm", "Joana Varon", "Michael Gurstein", "parminder");
        Div jeremyOnInterface = (Div) GridKt._getCellComponent(
                sut, 0, "position-" + interfacePosition().id());
        assertThat(StanceCell.text(jeremyOnInterface))
                .as("Jeremy Malcolm on 1net as the interface")
                .isEqualTo("−1");
        Div jeremyTotal = (Div) GridKt._getCellComponent(sut, 0, "total");
        assertThat(StanceCell.text(jeremyTotal))
                .as("Jeremy's row total: two for, one against")
                .isEqualTo("+2 −1");
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText("7 statements in 4 rows; 0 cells both support and"
                                        + " oppose (±). Each cell counts passages that support (+), oppose (−) or only report"
                                        + " (·) the position; click one to read them."))
                        .isVisible())
                .as("summary")
                .isTrue();
    }

    @Test
    void clicking_a_cell_lists_its_passage_with_a_link_to_the_reader_at_that_passage() {
        UI.getCurrent().navigate("compare");
        Grid<PositionMatrix.Row> grid = matrixGrid();

        _click((Div) GridKt._getCellComponent(
                grid, 0, "position-" + interfacePosition().id()));

        PassageList sut = _get(PassageList.class);
        assertThat(_get(sut, H3.class).getText())
                .as("heading")
                .startsWith("Jeremy Malcolm on “1net acts as the interface")
                .endsWith(": 1 statements");
        Anchor link = _get(sut, Anchor.class);
        assertThat(link.getHref()).as("reader link").matches("messages/\\d+\\?passage=\\d+");
        assertThat(_get(sut, Div.class, spec -> spec.withClasses("passage-text"))
                        .getText())
                .as("passage")
                .contains("I don't in any way support the 1net dialogue");
    }

    @Test
    void the_address_sets_rollup_counting_and_pivot_and_a_changed_filter_goes_into_the_address() {
        UI.getCurrent()
                .navigate("compare", QueryParameters.fromString("rows=stakeholder-group&count=messages&pivot=true"));

        @SuppressWarnings("unchecked")
        Grid<PositionChoice> pivoted = _get(Grid.class);
        assertThat(GridKt._size(pivoted))
                .as("positions as rows")
                .isEqualTo(positions().size());
        @SuppressWarnings("unchecked")
        Select<Counting> counting = _get(Select.class, spec -> spec.withClasses("counting"));
        assertThat(counting.getValue()).as("counting from the address").isEqualTo(Counting.MESSAGES);
        @SuppressWarnings("unchecked")
        Select<Rollup> rollup = _get(Select.class, spec -> spec.withClasses("rollup"));
        assertThat(rollup.getValue()).as("rollup from the address").isEqualTo(Rollup.STAKEHOLDER_GROUP);

        rollup.setValue(Rollup.ORGANISATION);

        var address = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(address.getPath()).as("page after choosing organisations").isEqualTo("compare");
        assertThat(address.getQueryParameters().getParameters())
                .as("address after choosing organisations")
                .isEqualTo(java.util.Map.of(
                        "count", List.of("messages"), "rows", List.of("organisation"), "pivot", List.of("true")));
    }

    @Test
    void a_mistyped_address_shows_the_page_and_names_what_it_ignored() {
        UI.getCurrent().navigate("compare", QueryParameters.fromString("from=yesterday&count=lots"));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("query-problem")))
                .as("problems named")
                .extracting(Paragraph::getText)
                .containsExactly(
                        "Address: from=yesterday is not a date (yyyy-mm-dd); ignored.",
                        "Address: count=lots is not one of statements, occurrences, messages; statements was used.");
        assertThat(rows(matrixGrid())).as("the matrix still shows").hasSize(4);
    }

    @Test
    void a_scope_without_coded_passages_says_where_passages_are_coded() {
        UI.getCurrent().navigate("compare", QueryParameters.fromString("from=2030-01-01"));

        assertThat(_find(Grid.class)).as("grids shown").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("matrix-empty"))
                        .getText())
                .as("what the page says instead")
                .isEqualTo("No coded passage is in this scope. Passages are coded in a message (open one from"
                        + " Messages), with positions from the Codebook.");
    }

    @Test
    void the_issue_page_reads_each_stand_as_a_sentence_and_lists_who_took_none() {
        UI.getCurrent()
                .navigate(
                        "compare/issue",
                        QueryParameters.of("issue", interfacePosition().issue()));

        List<String> sut = _find(ListItem.class).stream().map(ListItem::getText).toList();

        assertThat(sut)
                .as("stands on who speaks for civil society")
                .containsExactly(
                        "Jeremy Malcolm: opposes " + interfacePosition().name() + " (1)",
                        "parminder: supports "
                                + positionStartingWith("Civil society liaises").name() + " (1)");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("no-stand")).getText())
                .as("no stand")
                .contains("Joana Varon")
                .contains("Michael Gurstein");
    }

    @Test
    void the_timeline_page_shows_the_month_of_the_seed_and_that_nobody_changed_stance() {
        UI.getCurrent().navigate("compare/timeline");

        @SuppressWarnings("unchecked")
        Grid<java.time.LocalDate> sut = _get(Grid.class, spec -> spec.withClasses("timeline"));

        assertThat(GridKt._size(sut)).as("one month").isEqualTo(1);
        assertThat(GridKt._getFormatted(sut, 0, "period")).as("period").isEqualTo("November 2013");
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "Nobody took one side of a position and later the other in this scope."))
                        .isVisible())
                .as("no change")
                .isTrue();
    }

    @Test
    void the_timeline_page_lists_a_change_of_stance_under_a_header_that_counts_it() {
        // Other view tests import messages into the Demo too; the seed is the one that says this.
        MessageReading seed = corpus
                .findMessages(projects.findDefault().orElseThrow(), MessageFilter.EVERYTHING, Pageable.ofSize(100))
                .stream()
                .map(row -> corpus.read(row.id()).orElseThrow())
                .filter(message -> message.body().contains("not serving our interests"))
                .findFirst()
                .orElseThrow();
        String phrase = "The lack of clarity on this issue is not serving our interests";
        int at = seed.body().indexOf(phrase);
        long directLiaison = codebook.positions(
                        projects.findDefault().orElseThrow().getId())
                .getFirst()
                .id();
        Highlight turn = coding.code(new CodingRequest(
                seed.id(),
                new PassageRange(at, at + phrase.length(), phrase),
                directLiaison,
                StanceQualifier.OPPOSES,
                null));
        try {
            UI.getCurrent().navigate("compare/timeline");

            @SuppressWarnings("unchecked")
            Grid<StanceChange> sut = _get(Grid.class, spec -> spec.withClasses("stance-changes"));

            assertThat(sut.getColumns().getFirst().getHeaderText()).as("header").isEqualTo("1 change of stance");
            assertThat(GridKt._get(sut, 0).summary()).as("the change").isEqualTo("supports, then opposes");
        } finally {
            coding.delete(turn.id(), turn.version());
        }
    }

    @Test
    void the_co_occurrence_page_shows_positions_coded_in_the_seed_message_together() {
        UI.getCurrent().navigate("compare/co-occurrence");

        @SuppressWarnings("unchecked")
        Grid<PositionChoice> sut = _get(Grid.class, spec -> spec.withClasses("co-occurrence"));

        assertThat(GridKt._size(sut))
                .as("the seven positions coded in the one seed message")
                .isEqualTo(7);
        assertThat(GridKt._getFormatted(sut, 0, "position-" + rows(sut).get(1).id()))
                .as("first two positions, one message, no overlap")
                .isEqualTo("1 msg · 0 overlap");
    }

    @SuppressWarnings("unchecked")
    private static Grid<PositionMatrix.Row> matrixGrid() {
        return _get(Grid.class, spec -> spec.withClasses("position-matrix"));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    private List<PositionChoice> positions() {
        return codebook.positions(projects.findDefault().orElseThrow().getId());
    }

    private PositionChoice interfacePosition() {
        return positionStartingWith("1net acts as the interface");
    }

    private PositionChoice positionStartingWith(String start) {
        return positions().stream()
                .filter(position -> position.name().startsWith(start))
                .findFirst()
                .orElseThrow();
    }
}
