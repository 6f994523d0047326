package org.caucus.agreement;

import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/** Krippendorff's unitizing alpha of DKPro Statistics over {@link SpanData}: how far span boundaries agree. */
final class UnitizingAgreement {

    private UnitizingAgreement() {}

    /** Over every category: DKPro averages the observed and the expected disagreement of each. */
    static Coefficient alpha(SpanData data) {
        if (data.isEmpty()) {
            return Coefficient.undefined("nobody marked a span");
        }
        return Coefficient.of(new KrippendorffAlphaUnitizingAgreement(data.study()).calculateAgreement());
    }

    /** For the spans of one category only, such as one position. */
    static Coefficient alpha(SpanData data, Object category) {
        if (!data.categories().contains(category)) {
            return Coefficient.undefined("nobody marked a span with it");
        }
        return Coefficient.of(
                new KrippendorffAlphaUnitizingAgreement(data.study()).calculateCategoryAgreement(category));
    }
}
