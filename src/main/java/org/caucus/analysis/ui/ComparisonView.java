package org.caucus.analysis.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.ProjectService;

/** Who stands where: participants down, positions across, coded passages counted by qualifier. */
@Route("compare")
@PageTitle("Compare · Caucus")
class ComparisonView extends VerticalLayout {

    private final Div matrixArea = new Div();

    ComparisonView(PositionMatrixService matrices, ProjectService projects) {
        setSizeFull();
        RadioButtonGroup<Counting> counting = new RadioButtonGroup<>("Count");
        counting.setItems(Counting.values());
        counting.setItemLabelGenerator(Counting::label);
        counting.setValue(Counting.STATEMENTS);
        counting.addClassName("counting");
        matrixArea.setWidthFull();
        add(new H2("Participants × positions"), counting, matrixArea);
        projects.findDefault().ifPresent(project -> {
            show(
                    matrices.matrix(
                            project, ComparisonScope.everything().counting(counting.getValue()), Rollup.PARTICIPANT),
                    counting.getValue());
            counting.addValueChangeListener(change -> show(
                    matrices.matrix(
                            project, ComparisonScope.everything().counting(change.getValue()), Rollup.PARTICIPANT),
                    change.getValue()));
        });
    }

    private void show(PositionMatrix matrix, Counting counting) {
        matrixArea.removeAll();
        String counted = counting == Counting.STATEMENTS ? " statements" : " coded passages";
        matrixArea.add(
                new Paragraph(
                        matrix.total() + counted + " by " + matrix.rows().size()
                                + " speakers. Each cell counts passages that support (+), oppose (−) or only report (·) the position."));
        Grid<PositionMatrix.Row> grid = new Grid<>();
        grid.addClassName("position-matrix");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PositionMatrix.Row::label)
                .setHeader("Participant")
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (PositionChoice position : matrix.positions()) {
            grid.addComponentColumn(row -> counts(row.count(position.id())))
                    .setKey("position-" + position.id())
                    .setHeader(header(position))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("9rem")
                    .setFlexGrow(0);
        }
        grid.setItems(matrix.rows());
        grid.setAllRowsVisible(true);
        matrixArea.add(grid);
    }

    private static Div header(PositionChoice position) {
        Span swatch = new Span();
        swatch.addClassName("position-swatch");
        swatch.getStyle().set("background", position.colour());
        Div header = new Div(swatch, new Span(position.name()));
        header.getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-xs)");
        header.getElement().setAttribute("title", position.issue());
        return header;
    }

    private static Div counts(StanceCount count) {
        Div cell = new Div();
        cell.addClassName("matrix-cell");
        if (count.total() == 0) {
            return cell;
        }
        cell.getElement().setAttribute("data-total", String.valueOf(count.total()));
        addCount(cell, "supports", "+", count.supports());
        addCount(cell, "opposes", "−", count.opposes());
        addCount(cell, "neutral", "·", count.neutral());
        return cell;
    }

    private static void addCount(Div cell, String qualifier, String sign, long passages) {
        if (passages > 0) {
            Span span = new Span(sign + passages);
            span.addClassNames("matrix-count", qualifier);
            span.getElement().setAttribute("title", passages + " " + qualifier);
            cell.add(span);
        }
    }
}
