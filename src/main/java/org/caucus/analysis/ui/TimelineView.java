package org.caucus.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.caucus.analysis.Period;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.StanceChange;
import org.caucus.analysis.StanceChangeService;
import org.caucus.analysis.Timeline;
import org.caucus.analysis.TimelineService;
import org.caucus.analysis.TimelineSubject;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.project.ui.PageWork;
import org.caucus.shared.Counted;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;

/**
 * Positions over time, week by week or month by month, for everyone, one participant or one
 * group; and below, every change of stance with the passages before and after.
 */
@PermitAll
@Route("compare/timeline")
@PageTitle("Over time · Compare · Caucus")
class TimelineView extends ComparisonPage {

    private static final String EVERYONE = "";
    private static final String ALL_ISSUES = "";
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("'week of' d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final TimelineService timelines;
    private final StanceChangeService changes;
    private final CodebookService codebook;
    private final PageWork work;
    private final long passagesFollowedAtOnce;

    TimelineView(
            TimelineService timelines,
            StanceChangeService changes,
            CodebookService codebook,
            OpenProject openProject,
            ScopeChoicesService choices,
            @Qualifier("applicationTaskExecutor") Executor executor,
            @Value("${caucus.compare.passages-followed-at-once:20000}") long passagesFollowedAtOnce) {
        super(openProject, choices, "Positions over time");
        this.timelines = timelines;
        this.changes = changes;
        this.codebook = codebook;
        this.work = new PageWork(executor, this);
        this.passagesFollowedAtOnce = passagesFollowedAtOnce;
    }

    @Override
    void show(Project project, ComparisonQuery query) {
        add(timelineChoices(project, query));
        TimelineSubject subject =
                new TimelineSubject(query.row() == null ? null : query.rollup(), query.row(), query.issue());
        Timeline timeline = timelines.timeline(project, query.scope(), subject, query.period());
        add(timeline.periods().isEmpty() ? new Paragraph("No dated passages in this scope.") : grid(timeline));
        Div changesOfStance = new Div();
        changesOfStance.setWidthFull();
        add(new H3("Changes of stance"), changesOfStance);
        // The changes are found in every passage of the scope, whoever the timeline above is for: over a large
        // project that takes seconds, which the timeline need not wait for. Its count says how large the scope is
        // when it is everyone's.
        boolean atOnce = !subject.narrowed() && timeline.counted() <= passagesFollowedAtOnce;
        if (!atOnce) {
            changesOfStance.add(following());
        }
        work.answer(
                atOnce,
                wanted -> changes.find(project, query.scope()),
                found -> {
                    changesOfStance.removeAll();
                    changesOfStance.add(stanceChanges(project, found));
                },
                failed -> {
                    changesOfStance.removeAll();
                    changesOfStance.add(
                            new Paragraph("The changes of stance could not be found: " + failed.getMessage()));
                });
    }

    private static Component following() {
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        Div waiting = new Div(new Paragraph("Following everyone's stance in time…"), progress);
        waiting.addClassName("stance-changes-waiting");
        return waiting;
    }

    private HorizontalLayout timelineChoices(Project project, ComparisonQuery query) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(EVERYONE, "Everyone");
        rows.putAll(choices().rows(project, query.scope(), query.rollup()));
        Select<String> who = new Select<>();
        who.setLabel(query.rollup().label());
        who.setItems(rows.keySet());
        who.setItemLabelGenerator(rows::get);
        who.setValue(query.row() != null && rows.containsKey(query.row()) ? query.row() : EVERYONE);
        who.addClassName("timeline-subject");
        who.addValueChangeListener(
                change -> go(query.withRow(EVERYONE.equals(change.getValue()) ? null : change.getValue())));

        List<String> issueNames = new ArrayList<>(List.of(ALL_ISSUES));
        codebook.positions(project.getId()).stream()
                .map(PositionChoice::issue)
                .distinct()
                .forEach(issueNames::add);
        Select<String> issue = new Select<>();
        issue.setLabel("Positions of");
        issue.setItems(issueNames);
        issue.setItemLabelGenerator(name -> name.isEmpty() ? "All issues" : name);
        issue.setValue(query.issue() == null ? ALL_ISSUES : query.issue());
        issue.addValueChangeListener(
                change -> go(query.withIssue(change.getValue().isEmpty() ? null : change.getValue())));

        Select<Period> period = new Select<>();
        period.setLabel("By");
        period.setItems(Period.values());
        period.setItemLabelGenerator(Period::label);
        period.setValue(query.period());
        period.addClassName("timeline-period");
        period.addValueChangeListener(change -> go(query.withPeriod(change.getValue())));
        return new HorizontalLayout(who, issue, period);
    }

    private static Grid<LocalDate> grid(Timeline timeline) {
        Grid<LocalDate> grid = new Grid<>();
        grid.addClassName("timeline");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        DateTimeFormatter format = timeline.period() == Period.WEEK ? WEEK : MONTH;
        grid.addColumn(format::format)
                .setKey("period")
                .setHeader(timeline.period().label())
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (PositionChoice position : timeline.positionsTaken()) {
            grid.addComponentColumn(start -> StanceCell.of(timeline.count(start, position.id())))
                    .setKey("position-" + position.id())
                    .setHeader(ComparisonView.PositionHeader.of(position))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("9rem")
                    .setFlexGrow(0);
        }
        grid.setItems(timeline.periods());
        GridSize.fit(grid, timeline.periods().size());
        return grid;
    }

    private Component stanceChanges(Project project, StanceChangeService.FoundChanges found) {
        if (found.size() == 0) {
            return new Paragraph("Nobody took one side of a position and later the other in this scope.");
        }
        // A grid, not a list: a whole project can hold tens of thousands of changes, and the grid draws, and reads
        // the passages of, only those in view.
        Grid<StanceChange> list = new Grid<>();
        list.addClassName("stance-changes");
        list.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addComponentColumn(TimelineView::change)
                .setHeader(Counted.of(found.size(), "change of stance", "changes of stance"));
        list.setItems(
                page -> changes.read(project, found, page.getOffset(), page.getLimit()).stream(), page -> found.size());
        GridSize.fit(list, found.size());
        return list;
    }

    private static Div change(StanceChange change) {
        Span what = new Span(change.participant() + " on “" + change.position() + "”: " + change.summary() + " — ");
        Div item = new Div(what, link(change.before()), new Span(" → "), link(change.after()));
        item.addClassName("stance-change");
        return item;
    }

    private static Anchor link(org.caucus.analysis.PassageLink passage) {
        String when = passage.sentAt() == null
                ? "undated"
                : passage.sentAt().toLocalDate().toString();
        Anchor anchor = new Anchor(passage.readerPath(), when + " “" + abbreviated(passage.passage()) + "”");
        anchor.getElement().setAttribute("title", passage.subject());
        return anchor;
    }

    private static String abbreviated(String text) {
        String oneLine = text.lines().map(String::strip).collect(Collectors.joining(" "));
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "…";
    }
}
