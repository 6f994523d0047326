package org.caucus.coding.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.caucus.ViewTest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageRow;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/** The History page of the Demo project, after a passage of it is deleted (rolled back afterwards). */
@Transactional
class HistoryViewTest extends ViewTest {

    @Autowired
    ProjectService projects;

    @Autowired
    CorpusService corpus;

    @Autowired
    CodingService coding;

    @Test
    void a_deleted_passage_is_listed_first_with_its_message_and_what_it_said() {
        // The Demo may hold the seed more than once, coded only once.
        MessageRow message = corpus.findMessages(projects.findDefault().orElseThrow(), Pageable.unpaged()).stream()
                .filter(row -> !coding.highlights(row.id()).isEmpty())
                .findFirst()
                .orElseThrow();
        Highlight first = coding.highlights(message.id()).getFirst();
        coding.deleteAs("reviewer", first.id(), first.version());

        UI.getCurrent().navigate("history");
        HistoryView sut = _get(HistoryView.class);

        assertThat(_getFormattedRow(sut.grid, 0).subList(1, 3))
                .as("who and what, latest first")
                .containsExactly("reviewer", "deleted");
        assertThat(_getFormattedRow(sut.grid, 0).get(4))
                .as("what the deleted passage said")
                .contains(first.position());
        assertThat(coding.highlights(message.id()))
                .as("the passage is gone from the message")
                .extracting(Highlight::id)
                .doesNotContain(first.id());
    }
}
