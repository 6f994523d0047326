package org.caucus.codebook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.caucus.ViewTest;
import org.caucus.codebook.CodebookEntry;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageReading;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The editor on the Demo project; each test works on an issue of its own, leaving the Demo's alone. */
class CodebookViewTest extends ViewTest {

    @Autowired
    CodebookService codebook;

    @Autowired
    ProjectService projects;

    @Autowired
    CodingService coding;

    @Autowired
    CorpusService corpus;

    @Autowired
    BlindCoding blindCoding;

    Project demo;
    CodebookView sut;
    String issueName;

    @BeforeEach
    void openWithANewIssue() {
        demo = projects.findDefault().orElseThrow();
        UI.getCurrent().navigate("codebook");
        sut = _get(CodebookView.class);
        issueName = "Test issue " + UUID.randomUUID();
        sut.newIssue.setValue(issueName);
        _click(_get(Button.class, spec -> spec.withText("Add issue")));
    }

    private CodebookEntry.IssueEntry issue() {
        return codebook.codebook(demo.getId()).stream()
                .filter(i -> i.name().equals(issueName))
                .findFirst()
                .orElseThrow();
    }

    private void addPosition(String name) {
        sut.tree.select(issue());
        sut.issueEditor.newPosition.setValue(name);
        _click(sut.issueEditor.addPosition);
    }

    @Test
    void an_issue_and_its_positions_are_added_and_edited() {
        addPosition("First");
        addPosition("Second");
        sut.tree.select(issue().positions().getFirst());
        sut.positionEditor.inclusion.setValue("When someone asks for it.");
        sut.positionEditor.colour.setValue("#aa0000");
        _click(sut.positionEditor.save);

        CodebookEntry.PositionEntry first = issue().positions().getFirst();
        assertThat(first.details().inclusionNote()).as("inclusion note saved").isEqualTo("When someone asks for it.");
        assertThat(first.details().colour()).as("colour saved").isEqualTo("#aa0000");

        sut.positionEditor.colour.setValue("red");
        _click(sut.positionEditor.save);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("codebook-error"))
                        .getText())
                .as("a bad colour is refused with the reason")
                .isEqualTo("The colour 'red' is not a colour like #1f77b4.");
    }

    @Test
    void dropping_a_position_above_another_reorders_them() {
        addPosition("First");
        addPosition("Second");
        List<CodebookEntry.PositionEntry> positions = issue().positions();

        sut.move(positions.get(1), positions.get(0), GridDropLocation.ABOVE);

        assertThat(issue().positions())
                .extracting(CodebookEntry.PositionEntry::name)
                .as("order after the drop")
                .containsExactly("Second", "First");
    }

    @Test
    void deleting_a_position_warns_with_the_number_of_passages_it_codes() {
        addPosition("Doomed");
        // Other view tests import messages into the Demo too; the seed is the one that says this.
        MessageReading seedMessage = corpus.findMessages(demo, MessageFilter.EVERYTHING, Pageable.ofSize(100)).stream()
                .map(row -> corpus.read(row.id()).orElseThrow())
                .filter(message -> message.body().contains("lateral dialogues"))
                .findFirst()
                .orElseThrow();
        long seed = seedMessage.id();
        String body = seedMessage.body();
        int at = body.indexOf("lateral dialogues");
        CodebookEntry.PositionEntry doomed = issue().positions().getFirst();
        coding.code(new CodingRequest(
                seed, new PassageRange(at, at + 17, "lateral dialogues"), doomed.id(), StanceQualifier.NEUTRAL, null));

        sut.tree.select(doomed);
        _click(sut.positionEditor.delete);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("codebook-warning"))
                        .getText())
                .as("warning")
                .isEqualTo("Delete 'Doomed'? The 1 passage coded with it will be deleted too. This cannot be undone.");
        _click(_get(Button.class, spec -> spec.withClasses("codebook-confirm")));
        assertThat(issue().positions()).as("positions left").isEmpty();
    }

    @Test
    void a_codebook_file_with_errors_is_refused_line_by_line() {
        String csv = "issue,position,colour\n" + issueName + ",Fine,#aabbcc\n" + issueName + ",Bad,blue\n";

        sut.importCsv("mine.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("codebook-refused")))
                .extracting(Paragraph::getText)
                .as("what the analyst reads")
                .containsExactly(
                        "mine.csv was not imported, nothing was changed:",
                        "line 3 ('Bad'): The colour 'blue' is not a colour like #1f77b4.");
        assertThat(issue().positions()).as("nothing stored").isEmpty();
    }

    @Test
    void while_coding_is_blind_the_usage_column_says_it_counts_the_coders_own_passages() {
        assertThat(sut.tree.getColumnByKey("usage").getHeaderText())
                .as("open project")
                .isEqualTo("Used");

        blindCoding.setBlindCoding(demo.getId(), true);
        try {
            UI.getCurrent().navigate("projects");
            UI.getCurrent().navigate("codebook");
            assertThat(_get(CodebookView.class).tree.getColumnByKey("usage").getHeaderText())
                    .as("blind project")
                    .isEqualTo("Used by you (coding is blind)");
        } finally {
            blindCoding.setBlindCoding(demo.getId(), false);
        }
    }
}
