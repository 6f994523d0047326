package org.caucus.search.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.caucus.ViewTest;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CodedState;
import org.caucus.project.ProjectService;
import org.caucus.search.HitSpan;
import org.caucus.search.SearchHit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The search page on the Demo project, whose seed message says "Brazil" many times. */
class SearchViewTest extends ViewTest {

    @Autowired
    ProjectService projects;

    @Autowired
    CodebookService codebook;

    @Autowired
    CodingService coding;

    SearchView sut;

    private void open(Map<String, String> address) {
        UI.getCurrent().navigate("search", QueryParameters.simple(address));
        sut = _get(SearchView.class);
    }

    private List<SearchHit> hits() {
        return _fetch(sut.hits, 0, 1000);
    }

    @BeforeEach
    void openEmpty() {
        open(Map.of());
    }

    @Test
    void the_address_holds_the_words_and_the_hits_show_in_context() {
        assertThat(_get(Span.class, spec -> spec.withClasses("search-summary")).getText())
                .as("before a search")
                .startsWith("Type words");

        open(Map.of("q", "\"interim liaison\""));

        // Other view tests paste the seed into the Demo again, so the phrase may be in more than one message.
        assertThat(hits())
                .extracting(SearchHit::match)
                .as("the phrase")
                .isNotEmpty()
                .containsOnly("interim liaison");
        assertThat(_get(Span.class, spec -> spec.withClasses("search-summary")).getText())
                .as("summary")
                .matches("\\d+ messages? match.*");
        // Which of them comes first is the search engine's choice among equal scores.
        List<List<String>> rows = IntStream.range(0, hits().size())
                .mapToObj(row -> _getFormattedRow(sut.hits, row))
                .toList();
        assertThat(rows)
                .as("the seed's hit: its subject, beside its list's name")
                .anySatisfy(row -> assertThat(row).contains("[very quick follow up] I*coalition/dialogue = 1net"))
                .noneSatisfy(row ->
                        assertThat(row).contains("[bestbits] [very quick follow up] I*coalition/dialogue = 1net"));
    }

    @Test
    void filters_from_the_address_narrow_the_hits() {
        open(Map.of("q", "Brazil"));
        List<SearchHit> all = hits();
        assertThat(all)
                .as("the Demo's seed says Brazil and is coded")
                .anySatisfy(hit -> assertThat(hit.passages()).isPositive());

        open(Map.of("q", "Brazil", "coded", "uncoded"));

        assertThat(hits())
                .as("uncoded only")
                .hasSizeLessThan(all.size())
                .allSatisfy(hit -> assertThat(hit.passages()).isZero());
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Coded")).getValue())
                .as("the filter shown")
                .isEqualTo(CodedState.UNCODED);
    }

    @Test
    @Transactional // rolled back: the comparison and network tests count the Demo's worked examples alone
    void chosen_hits_are_coded_at_once_each_with_its_own_speaker() {
        open(Map.of("q", "Brazil"));
        List<SearchHit> found = hits();
        SearchHit parminders = found.stream()
                .filter(h -> "parminder".equals(h.speaker()))
                .findFirst()
                .orElseThrow();
        SearchHit jeremys = found.stream()
                .filter(h -> "Jeremy Malcolm".equals(h.speaker()))
                .findFirst()
                .orElseThrow();
        PositionChoice waitAndSee = codebook
                .positions(projects.findDefault().orElseThrow().getId())
                .stream()
                .filter(p -> p.name().equals("Wait and see"))
                .findFirst()
                .orElseThrow();
        int before = coding.highlights(parminders.messageId()).size();

        sut.hits.select(parminders);
        sut.hits.select(jeremys);
        sut.position.setValue(waitAndSee);
        sut.qualifier.setValue(StanceQualifier.OPPOSES);
        sut.span.setValue(HitSpan.WORDS);
        _click(sut.codeSelected);

        List<Paragraph> outcome = _find(Paragraph.class, spec -> spec.withClasses("bulk-done"));
        assertThat(outcome).extracting(Paragraph::getText).as("outcome").containsExactly("2 passages coded.");
        assertThat(coding.highlights(parminders.messageId()))
                .as("the new passages with their speakers")
                .hasSize(before + 2)
                .filteredOn(h -> h.position().equals("Wait and see") && h.qualifier() == StanceQualifier.OPPOSES)
                .extracting(h -> h.speaker())
                .containsExactlyInAnyOrder("parminder", "Jeremy Malcolm");
    }
}
