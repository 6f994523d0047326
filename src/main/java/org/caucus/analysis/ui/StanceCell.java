package org.caucus.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.caucus.analysis.StanceCount;

/**
 * One cell of a comparison grid: supports (+), opposes (−) and neutral (·) counts on a background
 * that says the net stance (green for, red against, grey balanced; stronger the more one-sided),
 * and a ± marker where the row both supported and opposed.
 */
final class StanceCell {

    private StanceCell() {}

    static Div of(StanceCount count) {
        Div cell = total(count);
        if (count.contradicts()) {
            Span marker = new Span("±");
            marker.addClassName("contradiction");
            marker.getElement().setAttribute("title", "Both supported and opposed");
            cell.add(marker);
            cell.addClassName("contradicts");
        }
        return cell;
    }

    /** A sum of cells: coloured the same way, but a row's total for and against is no contradiction. */
    static Div total(StanceCount count) {
        Div cell = new Div();
        cell.addClassName("matrix-cell");
        if (count.total() == 0) {
            return cell;
        }
        cell.getElement().setAttribute("data-total", String.valueOf(count.total()));
        add(cell, "supports", "+", count.supports());
        add(cell, "opposes", "−", count.opposes());
        add(cell, "neutral", "·", count.neutral());
        long sides = count.supports() + count.opposes();
        if (sides > 0) {
            // The share of the one-sided passages that the net amounts to, from 0.15 to 0.55 opacity.
            double strength = 0.15 + 0.4 * Math.abs(count.net()) / sides;
            String colour = count.net() > 0 ? "44, 160, 44" : count.net() < 0 ? "214, 39, 40" : "127, 127, 127";
            cell.getStyle().set("background", "rgba(" + colour + ", " + String.format("%.2f", strength) + ")");
            cell.getElement().setAttribute("data-net", String.valueOf(count.net()));
        }
        return cell;
    }

    /** The text a person reads in the cell, such as "+2 −1 ±". */
    static String text(Div cell) {
        return cell.getChildren()
                .map(child -> child.getElement().getText())
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    private static void add(Div cell, String qualifier, String sign, long passages) {
        if (passages > 0) {
            Span span = new Span(sign + passages);
            span.addClassNames("matrix-count", qualifier);
            span.getElement().setAttribute("title", passages + " " + qualifier);
            cell.add(span);
        }
    }
}
