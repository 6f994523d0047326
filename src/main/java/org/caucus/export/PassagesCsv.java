package org.caucus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caucus.codebook.CodebookService;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/**
 * The coded passages as CSV for R and pandas: UTF-8, RFC 4180, one row per passage, with the
 * columns of the "Coded passages" sheet. Dates are ISO 8601 with the sender's offset.
 */
@Component
class PassagesCsv {

    private final CodedPassageQuery passages;
    private final CodebookService codebook;

    PassagesCsv(CodedPassageQuery passages, CodebookService codebook) {
        this.passages = passages;
        this.codebook = codebook;
    }

    /** @return the number of passages written */
    long write(Project project, ExportRequest request, String baseUrl, OutputStream out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(Arrays.stream(PassageColumn.values())
                        .map(column -> column.header)
                        .toArray(String[]::new))
                .get();
        long[] written = {0};
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            Object[] record = new Object[PassageColumn.values().length];
            passages.forEach(
                    new ScopeFilter(project.getId(), request.scope()),
                    passages.roster(project.getId()),
                    codebook.positions(project.getId()),
                    request.contextChars(),
                    baseUrl,
                    passage -> {
                        for (PassageColumn column : PassageColumn.values()) {
                            record[column.ordinal()] = value(column, passage);
                        }
                        try {
                            printer.printRecord(record);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        written[0]++;
                    });
        }
        return written[0];
    }

    private static Object value(PassageColumn column, CodedPassage passage) {
        Object value = column.value.apply(passage);
        return switch (column.kind) {
            case DATE -> value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
            case TEXT -> FormulaGuard.forCsv((String) value);
            case NUMBER, LINK -> value;
        };
    }
}
