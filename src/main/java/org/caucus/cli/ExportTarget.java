package org.caucus.cli;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.caucus.export.ExportFormat;
import org.caucus.export.ScopeOptions;

/**
 * The files {@code export --format} writes, each with the options that mean something for it: a
 * workbook takes the comparison filters, its sheets and the context; a network takes the filters
 * and which network to draw; a REFI-QDA project and a backup always hold the whole project.
 */
enum ExportTarget {
    XLSX(ExportFormat.XLSX, withScope("sheets", "context")),
    CSV(ExportFormat.CSV, withScope("context")),
    GRAPHML(null, withScope(NetworkOptions.NAMES)),
    QDPX(null, Set.of()),
    BACKUP(null, Set.of());

    /** The options every format takes. */
    static final Set<String> COMMON = Set.of("project", "out", "format");

    private final ExportFormat exportFormat;
    private final Set<String> options;

    ExportTarget(ExportFormat exportFormat, Set<String> options) {
        this.exportFormat = exportFormat;
        this.options = options;
    }

    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The export service's format, for the two files the export dialog also writes; {@code null} otherwise. */
    ExportFormat exportFormat() {
        return exportFormat;
    }

    /**
     * @throws UsageException naming the format and the ones there are
     */
    static ExportTarget named(String name) {
        return Arrays.stream(values())
                .filter(target -> target.optionName().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new UsageException("--format '" + name + "' is not a format; choose "
                        + Arrays.stream(values()).map(ExportTarget::optionName).collect(Collectors.joining(", "))
                        + "."));
    }

    /**
     * Refuses an option that means nothing for this format, such as a date range for a backup, so
     * that nobody believes a filter was applied when it was not.
     */
    void check(Set<String> given) {
        given.stream()
                .filter(option -> !COMMON.contains(option) && !options.contains(option))
                .sorted()
                .findFirst()
                .ifPresent(option -> {
                    throw new UsageException("--" + option + " does not apply to --format " + optionName()
                            + (options.isEmpty()
                                    ? ": it always holds the whole project."
                                    : "; it takes "
                                            + options.stream()
                                                    .sorted()
                                                    .map(name -> "--" + name)
                                                    .collect(Collectors.joining(" "))
                                            + "."));
                });
    }

    /** Every option of any format, to refuse a typo before asking which format it belongs to. */
    static Set<String> allOptions() {
        Set<String> all = new HashSet<>(COMMON);
        Arrays.stream(values()).forEach(target -> all.addAll(target.options));
        return all;
    }

    private static Set<String> withScope(String... own) {
        return withScope(Set.of(own));
    }

    private static Set<String> withScope(Set<String> own) {
        Set<String> options = new HashSet<>(ScopeOptions.NAMES);
        options.addAll(own);
        return Set.copyOf(options);
    }
}
