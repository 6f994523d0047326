package org.caucus.agreement;

import java.util.Locale;

/**
 * One agreement figure, or the reason it cannot be computed: a coefficient of data where everyone
 * used one category, say, is undefined rather than zero or one.
 */
public record Coefficient(Double value, String undefinedBecause) {

    static Coefficient of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return undefined("the coders used too few categories for chance agreement to be estimated");
        }
        return new Coefficient(value, null);
    }

    static Coefficient undefined(String reason) {
        return new Coefficient(null, reason);
    }

    public boolean defined() {
        return value != null;
    }

    /**
     * Three decimals, as agreement figures are reported; a dash when undefined. A figure a hair below zero, as chance
     * agreement over thousands of units gives, is "0.000": "-0.000" reads as a sign that means something.
     */
    public String formatted() {
        if (!defined()) {
            return "–";
        }
        String threeDecimals = String.format(Locale.ROOT, "%.3f", value);
        return threeDecimals.equals("-0.000") ? "0.000" : threeDecimals;
    }
}
