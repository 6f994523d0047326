package org.caucus.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The agreement of some coders over some messages.
 *
 * @param messages the messages of the chosen set that at least one of the coders coded
 * @param units messages × positions used, the units of the coding measures
 */
public record AgreementReport(
        AgreementRequest request,
        int messages,
        int units,
        Overall overall,
        List<Pair> pairs,
        List<PositionAgreement> positions) {

    /** All the coders at once. */
    public record Overall(
            Coefficient percent, Coefficient fleissKappa, Coefficient krippendorffAlpha, Coefficient unitizingAlpha) {}

    /** Two coders. */
    public record Pair(String first, String second, Coefficient percent, Coefficient cohensKappa) {}

    /** All the coders on one position: its units are the messages. */
    public record PositionAgreement(
            String issue,
            String position,
            Coefficient percent,
            Coefficient krippendorffAlpha,
            Coefficient unitizingAlpha) {}

    public static final String PERCENT = "Percent agreement";
    public static final String COHEN = "Cohen's kappa";
    public static final String FLEISS = "Fleiss' kappa";
    public static final String ALPHA = "Krippendorff's alpha (nominal)";
    public static final String UNITIZING = "Krippendorff's unitizing alpha (span boundaries)";

    /** One figure of the report in long form, one per row of a spreadsheet: what, over whom or what, how much. */
    public record Figure(String measure, String coders, String issue, String position, Coefficient value) {}

    /** The figures of all coders together, over every unit. */
    public List<Figure> overallFigures() {
        String everyone = String.join(", ", request.coders());
        return List.of(
                new Figure(PERCENT, everyone, null, null, overall.percent()),
                new Figure(FLEISS, everyone, null, null, overall.fleissKappa()),
                new Figure(ALPHA, everyone, null, null, overall.krippendorffAlpha()),
                new Figure(UNITIZING, everyone, null, null, overall.unitizingAlpha()));
    }

    /** Every figure: overall, then by pair, then by position. */
    public List<Figure> figures() {
        String everyone = String.join(", ", request.coders());
        List<Figure> figures = new ArrayList<>(overallFigures());
        for (Pair pair : pairs) {
            String both = pair.first() + ", " + pair.second();
            figures.add(new Figure(PERCENT, both, null, null, pair.percent()));
            figures.add(new Figure(COHEN, both, null, null, pair.cohensKappa()));
        }
        for (PositionAgreement position : positions) {
            figures.add(new Figure(PERCENT, everyone, position.issue(), position.position(), position.percent()));
            figures.add(
                    new Figure(ALPHA, everyone, position.issue(), position.position(), position.krippendorffAlpha()));
            figures.add(
                    new Figure(UNITIZING, everyone, position.issue(), position.position(), position.unitizingAlpha()));
        }
        return figures;
    }
}
