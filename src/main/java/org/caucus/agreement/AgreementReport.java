package org.caucus.agreement;

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
}
