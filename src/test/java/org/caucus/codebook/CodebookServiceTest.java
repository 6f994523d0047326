package org.caucus.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CodebookServiceTest {

    @Autowired
    CodebookService sut;

    @Autowired
    CodebookFile file;

    @Autowired
    SeedProject seedProject;

    @Autowired
    CodingService coding;

    @Autowired
    ProjectService projects;

    SeedProject.Fixture seed;

    @BeforeEach
    void importSeed() {
        seed = seedProject.create();
    }

    private long projectId() {
        return seed.project().getId();
    }

    private void code(String phrase, Position position) {
        coding.code(new CodingRequest(
                seed.messageId(), seed.range(phrase), position.getId(), StanceQualifier.SUPPORTS, null));
    }

    private List<CodebookEntry.PositionEntry> positions() {
        return sut.codebook(projectId()).stream()
                .flatMap(issue -> issue.positions().stream())
                .toList();
    }

    @Test
    void a_position_is_edited_with_its_notes_and_its_usage_is_counted() {
        code("direct liaison", seed.liaison());
        sut.updatePosition(
                seed.liaison().getId(),
                new PositionDetails(
                        "Direct liaison with the hosts",
                        "Civil society deals with the host government itself.",
                        "A call to talk to the hosts without 1net.",
                        "Talking to 1net about the hosts.",
                        "we will like to have a direct liaison with the hosts",
                        "#123abc",
                        "7"));

        CodebookEntry.PositionEntry edited = positions().stream()
                .filter(p -> p.id() == seed.liaison().getId())
                .findFirst()
                .orElseThrow();
        assertThat(edited.details().inclusionNote())
                .as("inclusion note")
                .isEqualTo("A call to talk to the hosts without 1net.");
        assertThat(edited.details().shortcut()).as("shortcut").isEqualTo("7");
        assertThat(edited.passages()).as("usage count").isEqualTo(1);
        assertThat(coding.highlights(seed.messageId()).getFirst().colour())
                .as("the coded passage shows the new colour")
                .isEqualTo("#123abc");
    }

    @Test
    void a_shortcut_stands_for_one_position_of_the_project_only() {
        assertThatThrownBy(() -> sut.updatePosition(
                        seed.liaison().getId(),
                        new PositionDetails("Direct liaison", null, null, null, null, "#1f77b4", "1")))
                .as("digit 1 belongs to 'Governments take part'")
                .hasMessageContaining("Shortcut 1 is already bound to 'Governments take part'");
        assertThatThrownBy(() -> new PositionDetails("X", null, null, null, null, "#1f77b4", "0"))
                .as("0 is no shortcut")
                .hasMessageContaining("not a digit from 1 to 9");
    }

    @Test
    void positions_and_issues_are_reordered() {
        Issue second = sut.addIssue(seed.project(), "Second issue", null);
        sut.movePosition(seed.liaison().getId(), seed.liaison().getIssue().getId(), 0);
        sut.moveIssue(second.getId(), 0);

        assertThat(sut.codebook(projectId()))
                .extracting(CodebookEntry.IssueEntry::name)
                .as("issues")
                .containsExactly("Second issue", "What role should governments have?");
        assertThat(positions())
                .extracting(CodebookEntry.PositionEntry::name)
                .as("positions")
                .containsExactly("Direct liaison", "Governments take part");

        sut.movePosition(seed.liaison().getId(), second.getId(), 0);
        assertThat(sut.codebook(projectId()).getFirst().positions())
                .extracting(CodebookEntry.PositionEntry::name)
                .as("moved to the other issue")
                .containsExactly("Direct liaison");
    }

    @Test
    void merging_moves_the_passages_and_removes_the_merged_position() {
        code("direct liaison", seed.liaison());
        code("governments are not part of the list", seed.governments());
        code("governments are not part of the list", seed.liaison());

        assertThat(sut.passagesCodedWith(seed.liaison().getId())).as("before").isEqualTo(2);
        sut.merge(seed.liaison().getId(), seed.governments().getId());

        assertThat(positions())
                .extracting(CodebookEntry.PositionEntry::name)
                .as("codebook after the merge")
                .containsExactly("Governments take part");
        List<Highlight> passages = coding.highlights(seed.messageId());
        assertThat(passages)
                .as("every passage now with the position merged into, the one coded both ways once")
                .hasSize(2)
                .allSatisfy(passage -> assertThat(passage.position()).isEqualTo("Governments take part"));
    }

    @Test
    void deleting_a_position_deletes_its_passages_and_nothing_else() {
        code("direct liaison", seed.liaison());
        code("governments are not part of the list", seed.governments());

        sut.deletePosition(seed.liaison().getId());

        assertThat(positions()).extracting(CodebookEntry.PositionEntry::name).containsExactly("Governments take part");
        assertThat(coding.highlights(seed.messageId()))
                .extracting(Highlight::position)
                .as("passages left")
                .containsExactly("Governments take part");
    }

    @Test
    void the_codebook_goes_out_and_comes_back_as_csv() {
        sut.updatePosition(
                seed.liaison().getId(),
                new PositionDetails(
                        "Direct liaison", "Line one,\nline \"two\"", "include", "exclude", "example", "#1f77b4", "2"));
        StringWriter csv = new StringWriter();
        file.export(projectId(), csv);

        Project copy = projects.create("codebook-copy-" + projectId());
        CodebookImport imported = file.importCsv(copy, "codebook.csv", new StringReader(csv.toString()));

        assertThat(imported.summary())
                .as("what the import did")
                .isEqualTo("1 issues added, 2 positions added, 0 positions updated.");
        assertThat(sut.codebook(copy.getId()))
                .as("the copy holds the same codebook")
                .usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(".*id", ".*issueId")
                .isEqualTo(sut.codebook(projectId()));
        CodebookImport again = file.importCsv(copy, "codebook.csv", new StringReader(csv.toString()));
        assertThat(again.summary())
                .as("a second import updates")
                .isEqualTo("0 issues added, 0 positions added, 2 positions updated.");
    }

    @Test
    void a_bad_file_names_each_problem_by_line_and_changes_nothing() {
        String csv = """
                issue,position,colour,shortcut
                New issue,Fine position,#aabbcc,3
                New issue,Red position,red,4
                ,Orphan,#aabbcc,
                New issue,Clashing,#aabbcc,1
                """;

        assertThatThrownBy(() -> file.importCsv(seed.project(), "bad.csv", new StringReader(csv)))
                .isInstanceOf(CodebookCsvException.class)
                .satisfies(e -> assertThat(((CodebookCsvException) e).problems())
                        .as("problems")
                        .containsExactly(
                                "line 3 ('Red position'): The colour 'red' is not a colour like #1f77b4.",
                                "line 4: the issue is empty; every row names the issue its position belongs to"));
        String clash = """
                issue,position,colour,shortcut
                New issue,Clashing,#aabbcc,1
                """;
        assertThatThrownBy(() -> file.importCsv(seed.project(), "clash.csv", new StringReader(clash)))
                .hasMessageContaining("shortcut 1 would stand for 2 positions")
                .hasMessageContaining("'clashing' on line 2");
        assertThatThrownBy(() -> file.importCsv(seed.project(), "x.csv", new StringReader("name,colour\nA,#aabbcc\n")))
                .hasMessageContaining("line 1: the column 'name' is not one of");
        assertThat(sut.codebook(projectId()))
                .extracting(CodebookEntry.IssueEntry::name)
                .as("nothing stored")
                .containsExactly("What role should governments have?");
    }
}
