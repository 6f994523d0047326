package org.caucus.analysis.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caucus.analysis.CellPassagesService;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.shared.Counted;

/**
 * Who stands where: rows (participants, or what they roll up to) by positions grouped under their
 * issues, with totals; pivoted, positions are the rows. Clicking a cell lists its passages.
 */
@PermitAll
@Route("compare")
@PageTitle("Compare · Caucus")
class ComparisonView extends ComparisonPage {

    private final PositionMatrixService matrices;
    private final CellPassagesService cells;
    private final PassageList drillDown = new PassageList();

    ComparisonView(
            PositionMatrixService matrices,
            CellPassagesService cells,
            OpenProject openProject,
            ScopeChoicesService choices) {
        super(openProject, choices, "Participants × positions");
        this.matrices = matrices;
        this.cells = cells;
    }

    @Override
    void show(Project project, ComparisonQuery query) {
        PositionMatrix matrix = matrices.matrix(project, query.scope(), query.rollup());
        if (matrix.rows().isEmpty()) {
            // An empty matrix would show only its frame: say why it is empty instead.
            Paragraph empty = new Paragraph("No coded passage is in this scope. Passages are coded in a message (open"
                    + " one from Messages), with positions from the Codebook.");
            empty.addClassName("matrix-empty");
            add(empty);
            return;
        }
        Checkbox pivot = new Checkbox("Positions as rows", query.pivot());
        pivot.addClassName("pivot");
        pivot.addValueChangeListener(change -> go(query.withPivot(change.getValue())));
        add(pivot, summary(matrix));
        Grid<?> grid = query.pivot()
                ? pivoted(matrix, cell -> drill(project, query.scope(), matrix, cell))
                : byRow(matrix, cell -> drill(project, query.scope(), matrix, cell));
        grid.addClassName("position-matrix");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridSize.fit(
                grid, query.pivot() ? matrix.positions().size() : matrix.rows().size());
        drillDown.removeAll();
        add(grid, drillDown);
    }

    /** A clicked cell: the row's key and label, the position, and the whole cell or one qualifier. */
    record Cell(String rowKey, String rowLabel, PositionChoice position) {}

    private void drill(Project project, ComparisonScope scope, PositionMatrix matrix, Cell cell) {
        var passages = cells.passages(
                project, scope, matrix.rollup(), cell.rowKey(), cell.position().id(), null);
        String unit = scope.counting() == Counting.STATEMENTS ? " statements" : " passages";
        drillDown.show(cell.rowLabel() + " on “" + cell.position().name() + "”: " + passages.size() + unit, passages);
    }

    private static Paragraph summary(PositionMatrix matrix) {
        String counted = switch (matrix.counting()) {
            case STATEMENTS -> "statement";
            case OCCURRENCES -> "coded passage";
            case MESSAGES -> "message mention";
        };
        long contradictions = matrix.contradictions();
        return new Paragraph(Counted.of(matrix.total(), counted) + " in "
                + Counted.of(matrix.rows().size(), "row")
                + "; " + Counted.of(contradictions, "cell") + (contradictions == 1 ? " both supports" : " both support")
                + " and " + (contradictions == 1 ? "opposes" : "oppose") + " (±)."
                + " Each cell counts passages that support (+), oppose (−) or only report (·) the position;"
                + " click one to read them.");
    }

    private static Grid<PositionMatrix.Row> byRow(PositionMatrix matrix, java.util.function.Consumer<Cell> clicked) {
        Grid<PositionMatrix.Row> grid = new Grid<>();
        Grid.Column<PositionMatrix.Row> label = grid.addColumn(PositionMatrix.Row::label)
                .setHeader(matrix.rollup().label())
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        Map<String, List<Grid.Column<PositionMatrix.Row>>> byIssue = new LinkedHashMap<>();
        for (PositionChoice position : matrix.positions()) {
            Grid.Column<PositionMatrix.Row> column = grid.addComponentColumn(row -> clickable(
                            row.count(position.id()), () -> clicked.accept(new Cell(row.key(), row.label(), position))))
                    .setKey("position-" + position.id())
                    .setHeader(PositionHeader.of(position))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("9rem")
                    .setFlexGrow(0);
            byIssue.computeIfAbsent(position.issue(), issue -> new ArrayList<>())
                    .add(column);
        }
        Grid.Column<PositionMatrix.Row> total = grid.addComponentColumn(row -> StanceCell.total(row.total()))
                .setKey("total")
                .setHeader("Total")
                .setTextAlign(ColumnTextAlign.CENTER)
                .setWidth("8rem")
                .setFlexGrow(0);
        groupUnderIssues(grid, byIssue);
        FooterRow totals = grid.appendFooterRow();
        totals.getCell(label).setText("Total");
        matrix.positions()
                .forEach(position -> totals.getCell(grid.getColumnByKey("position-" + position.id()))
                        .setComponent(StanceCell.total(matrix.columnTotal(position.id()))));
        totals.getCell(total).setComponent(StanceCell.total(matrix.grandTotal()));
        grid.setItems(matrix.rows());
        return grid;
    }

    private static Grid<PositionChoice> pivoted(PositionMatrix matrix, java.util.function.Consumer<Cell> clicked) {
        Grid<PositionChoice> grid = new Grid<>();
        Grid.Column<PositionChoice> label = grid.addComponentColumn(PositionHeader::of)
                .setHeader("Position")
                .setFrozen(true)
                .setWidth("16rem")
                .setFlexGrow(0);
        grid.addColumn(PositionChoice::issue)
                .setHeader("Issue")
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (PositionMatrix.Row row : matrix.rows()) {
            grid.addComponentColumn(position -> clickable(
                            row.count(position.id()), () -> clicked.accept(new Cell(row.key(), row.label(), position))))
                    .setKey("row-" + row.label())
                    .setHeader(row.label())
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("8rem")
                    .setFlexGrow(0);
        }
        Grid.Column<PositionChoice> total = grid.addComponentColumn(
                        position -> StanceCell.total(matrix.columnTotal(position.id())))
                .setKey("total")
                .setHeader("Total")
                .setTextAlign(ColumnTextAlign.CENTER)
                .setWidth("8rem")
                .setFlexGrow(0);
        FooterRow totals = grid.appendFooterRow();
        totals.getCell(label).setText("Total");
        matrix.rows()
                .forEach(row -> totals.getCell(grid.getColumnByKey("row-" + row.label()))
                        .setComponent(StanceCell.total(row.total())));
        totals.getCell(total).setComponent(StanceCell.total(matrix.grandTotal()));
        grid.setItems(matrix.positions());
        return grid;
    }

    private static <T> void groupUnderIssues(Grid<T> grid, Map<String, List<Grid.Column<T>>> byIssue) {
        HeaderRow issues = grid.prependHeaderRow();
        byIssue.forEach((issue, columns) -> {
            Span name = new Span(issue);
            name.getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-xs)");
            if (columns.size() == 1) {
                issues.getCell(columns.getFirst()).setComponent(name);
            } else {
                issues.join(columns.toArray(Grid.Column[]::new)).setComponent(name);
            }
        });
    }

    private static Div clickable(StanceCount count, Runnable open) {
        Div cell = StanceCell.of(count);
        if (count.total() > 0) {
            cell.addClassName("clickable");
            cell.addClickListener(click -> open.run());
        }
        return cell;
    }

    /** The column header of a position: its colour and name, its issue on hover. */
    static final class PositionHeader {
        private PositionHeader() {}

        static Div of(PositionChoice position) {
            Span swatch = new Span();
            swatch.addClassName("position-swatch");
            swatch.getStyle().set("background", position.colour());
            Div header = new Div(swatch, new Span(position.name()));
            header.getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-xs)");
            header.getElement().setAttribute("title", position.issue());
            return header;
        }
    }
}
