package org.caucus.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;

/**
 * Reliability data in Krippendorff's sense: units by coders, each cell the category a coder gave
 * the unit, or {@code null} where the coder did not judge it. The measures read it through DKPro.
 */
public final class ReliabilityData {

    private final List<String> coders;
    private final List<Object[]> units = new ArrayList<>();

    public ReliabilityData(List<String> coders) {
        if (coders.size() < 2 || coders.stream().distinct().count() != coders.size()) {
            throw new IllegalArgumentException("Agreement needs two or more different coders; got " + coders + ".");
        }
        this.coders = List.copyOf(coders);
    }

    /** Adds one unit: the category each coder gave it, in the order of the coders. */
    public ReliabilityData add(Object... categories) {
        if (categories.length != coders.size()) {
            throw new IllegalArgumentException(
                    "A unit needs one category per coder " + coders + "; got " + Arrays.toString(categories) + ".");
        }
        units.add(categories.clone());
        return this;
    }

    public List<String> coders() {
        return coders;
    }

    public int unitCount() {
        return units.size();
    }

    /** The same units as judged by some of the coders; units none of them judged are left out. */
    public ReliabilityData of(List<String> some) {
        int[] columns = some.stream().mapToInt(this::column).toArray();
        ReliabilityData subset = new ReliabilityData(some);
        for (Object[] unit : units) {
            Object[] values = Arrays.stream(columns).mapToObj(c -> unit[c]).toArray();
            if (Arrays.stream(values).anyMatch(Objects::nonNull)) {
                subset.units.add(values);
            }
        }
        return subset;
    }

    /** How many different categories the coders used; a single one leaves nothing to agree on. */
    long categoryCount() {
        return units.stream()
                .flatMap(Arrays::stream)
                .filter(Objects::nonNull)
                .distinct()
                .count();
    }

    CodingAnnotationStudy study() {
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders.size());
        units.forEach(study::addItemAsArray);
        return study;
    }

    private int column(String coder) {
        int column = coders.indexOf(coder);
        if (column < 0) {
            throw new IllegalArgumentException(coder + " is not one of the coders " + coders + ".");
        }
        return column;
    }
}
