package org.caucus.agreement;

import java.util.function.Function;
import org.dkpro.statistics.agreement.IAgreementMeasure;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * The coding measures of DKPro Statistics over {@link ReliabilityData}: this class only chooses
 * the measure and says when one cannot be computed; the formulas are DKPro's.
 */
final class CodingAgreement {

    private static final String ONE_CATEGORY =
            "every coder gave every unit the same category, so agreement cannot be told from chance";

    private CodingAgreement() {}

    /** The share of coder pairs that chose the same category, over all units. */
    static Coefficient percent(ReliabilityData data) {
        if (data.unitCount() == 0) {
            return Coefficient.undefined("there are no units");
        }
        // DKPro refuses a study with one category; everyone agreeing on everything is all agreement.
        if (data.categoryCount() == 1) {
            return Coefficient.of(1);
        }
        return measure(data, PercentageAgreement::new);
    }

    /** Cohen's kappa of exactly two coders. */
    static Coefficient cohensKappa(ReliabilityData data) {
        if (data.coders().size() != 2) {
            throw new IllegalArgumentException("Cohen's kappa compares two coders; got " + data.coders() + ".");
        }
        return chanceCorrected(data, CohenKappaAgreement::new);
    }

    static Coefficient fleissKappa(ReliabilityData data) {
        return chanceCorrected(data, FleissKappaAgreement::new);
    }

    /** Krippendorff's alpha with the nominal distance: categories are equal or not. */
    static Coefficient krippendorffAlpha(ReliabilityData data) {
        return chanceCorrected(data, study -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()));
    }

    private static Coefficient chanceCorrected(
            ReliabilityData data, Function<CodingAnnotationStudy, IAgreementMeasure> measure) {
        if (data.unitCount() == 0) {
            return Coefficient.undefined("there are no units");
        }
        if (data.categoryCount() < 2) {
            return Coefficient.undefined(ONE_CATEGORY);
        }
        return measure(data, measure);
    }

    private static Coefficient measure(
            ReliabilityData data, Function<CodingAnnotationStudy, ? extends IAgreementMeasure> measure) {
        try {
            return Coefficient.of(measure.apply(data.study()).calculateAgreement());
        } catch (InsufficientDataException e) {
            return Coefficient.undefined(ONE_CATEGORY);
        }
    }
}
