package org.caucus.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Spans that coders marked on one continuum of characters, each with a category: the data of
 * Krippendorff's unitizing alpha, which compares where coders put the boundaries.
 */
public final class SpanData {

    private record Span(int coder, long start, long end, Object category) {}

    private final List<String> coders;
    private final long begin;
    private final long length;
    private final List<Span> spans = new ArrayList<>();

    public SpanData(List<String> coders, long begin, long length) {
        if (coders.size() < 2 || coders.stream().distinct().count() != coders.size()) {
            throw new IllegalArgumentException("Agreement needs two or more different coders; got " + coders + ".");
        }
        if (length <= 0) {
            throw new IllegalArgumentException("The continuum must hold at least one character; got " + length + ".");
        }
        this.coders = List.copyOf(coders);
        this.begin = begin;
        this.length = length;
    }

    /** Adds a span from {@code start} (inclusive) to {@code end} (exclusive). */
    public SpanData add(String coder, long start, long end, Object category) {
        int column = coders.indexOf(coder);
        if (column < 0) {
            throw new IllegalArgumentException(coder + " is not one of the coders " + coders + ".");
        }
        if (start < begin || end > begin + length || start >= end) {
            throw new IllegalArgumentException("Span " + start + "–" + end + " of " + coder + " does not lie inside "
                    + begin + "–" + (begin + length) + ".");
        }
        spans.add(new Span(column, start, end, category));
        return this;
    }

    public List<String> coders() {
        return coders;
    }

    /** The categories anyone marked, in the order first marked. */
    Set<Object> categories() {
        Set<Object> categories = new java.util.LinkedHashSet<>();
        spans.forEach(span -> categories.add(span.category()));
        return categories;
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    /**
     * The study DKPro reads. The measure assumes that one coder's spans of one category do not
     * overlap, so overlapping ones (a passage coded twice with the same position and two
     * qualifiers, say) become their union: for boundaries, that stretch was marked once.
     */
    UnitizingAnnotationStudy study() {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders.size(), begin, length);
        Map<List<Object>, TreeSet<Span>> byCoderAndCategory = new LinkedHashMap<>();
        Comparator<Span> byStart = Comparator.comparingLong(Span::start).thenComparingLong(Span::end);
        for (Span span : spans) {
            byCoderAndCategory
                    .computeIfAbsent(List.of(span.coder(), span.category()), key -> new TreeSet<>(byStart))
                    .add(span);
        }
        for (TreeSet<Span> sorted : byCoderAndCategory.values()) {
            Span open = null;
            for (Span span : sorted) {
                if (open != null && span.start() < open.end()) {
                    open = new Span(open.coder(), open.start(), Math.max(open.end(), span.end()), open.category());
                } else {
                    addTo(study, open);
                    open = span;
                }
            }
            addTo(study, open);
        }
        return study;
    }

    private static void addTo(UnitizingAnnotationStudy study, Span span) {
        if (span != null) {
            study.addUnit(span.start(), span.end() - span.start(), span.coder(), span.category());
        }
    }
}
