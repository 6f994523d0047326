package org.caucus.analysis.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caucus.analysis.CoOccurrence;
import org.caucus.analysis.CoOccurrenceService;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;

/** Positions by positions: how often two are coded in one message, and on overlapping passages. */
@PermitAll
@Route("compare/co-occurrence")
@PageTitle("Co-occurrence · Compare · Caucus")
class CoOccurrenceView extends ComparisonPage {

    private final CoOccurrenceService coOccurrence;

    CoOccurrenceView(CoOccurrenceService coOccurrence, OpenProject openProject, ScopeChoicesService choices) {
        super(openProject, choices, "Positions coded together");
        this.coOccurrence = coOccurrence;
    }

    @Override
    void show(Project project, ComparisonQuery query) {
        CoOccurrence result = coOccurrence.coOccurrence(project, query.scope());
        add(new Paragraph("Each cell: messages holding both positions, then pairs of their passages that overlap."
                + " Only positions coded together with another are shown."));
        Set<Long> paired = new LinkedHashSet<>();
        result.pairs().forEach(pair -> {
            paired.add(pair.firstPositionId());
            paired.add(pair.secondPositionId());
        });
        List<PositionChoice> positions = result.positions().stream()
                .filter(position -> paired.contains(position.id()))
                .toList();
        if (positions.isEmpty()) {
            add(new Paragraph("No two positions are coded in the same message in this scope."));
            return;
        }
        Grid<PositionChoice> grid = new Grid<>();
        grid.addClassName("co-occurrence");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(ComparisonView.PositionHeader::of)
                .setHeader("Position")
                .setFrozen(true)
                .setWidth("16rem")
                .setFlexGrow(0);
        for (PositionChoice column : positions) {
            grid.addColumn(row -> cell(result, row, column))
                    .setKey("position-" + column.id())
                    .setHeader(ComparisonView.PositionHeader.of(column))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("9rem")
                    .setFlexGrow(0);
        }
        grid.setItems(positions);
        GridSize.fit(grid, positions.size());
        add(grid);
    }

    private static String cell(CoOccurrence result, PositionChoice row, PositionChoice column) {
        if (row.id() == column.id()) {
            return "—";
        }
        CoOccurrence.Pair pair = result.pair(row.id(), column.id());
        return pair.messages() == 0 ? "" : pair.messages() + " msg · " + pair.overlapping() + " overlap";
    }
}
