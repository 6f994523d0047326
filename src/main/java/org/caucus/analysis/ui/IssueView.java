package org.caucus.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.caucus.analysis.IssueStandingService;
import org.caucus.analysis.IssueStandings;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;

/** One issue: each participant's (or organisation's...) standing as a sentence, and who took no stand. */
@PermitAll
@Route("compare/issue")
@PageTitle("Issue · Compare · Caucus")
class IssueView extends ComparisonPage {

    private final IssueStandingService standings;
    private final CodebookService codebook;

    IssueView(
            IssueStandingService standings,
            CodebookService codebook,
            OpenProject openProject,
            ScopeChoicesService choices) {
        super(openProject, choices, "Where each stands on an issue");
        this.standings = standings;
        this.codebook = codebook;
    }

    @Override
    void show(Project project, ComparisonQuery query) {
        List<String> issues = codebook.positions(project.getId()).stream()
                .map(PositionChoice::issue)
                .distinct()
                .toList();
        if (issues.isEmpty()) {
            add(new Paragraph("The codebook has no issues yet."));
            return;
        }
        String issue = issues.contains(query.issue()) ? query.issue() : issues.getFirst();
        Select<String> choice = new Select<>();
        choice.setLabel("Issue");
        choice.setItems(issues);
        choice.setValue(issue);
        choice.setWidth("32rem");
        choice.addClassName("issue-choice");
        choice.addValueChangeListener(change -> go(query.withIssue(change.getValue())));
        add(choice);

        IssueStandings result = standings.standings(project, query.scope(), query.rollup(), issue);
        UnorderedList stands = new UnorderedList();
        stands.addClassName("issue-standings");
        result.standings().forEach(standing -> stands.add(new ListItem(standing.sentence())));
        Div noStand = new Div(new H3("No stand on this issue"));
        Paragraph names = new Paragraph(
                result.noStand().isEmpty() ? "Everyone took a stand." : String.join(", ", result.noStand()));
        names.addClassName("no-stand");
        noStand.add(names);
        add(new H3(result.standings().isEmpty() ? "Nobody took a stand in this scope" : "Stands"), stands, noStand);
    }
}
