package org.caucus.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ties of a network as a CSV edge list (RFC 4180: comma-separated, CRLF line ends,
 * quoted where needed; write it as UTF-8). The {@code source}, {@code target} and {@code weight}
 * columns are what Gephi's and R's importers look for; the names beside them make the file
 * readable on its own.
 */
public final class EdgeListWriter {

    private EdgeListWriter() {}

    public static void write(Network network, Writer out) {
        boolean withPassages = !network.request().kind().oneMode();
        List<String> header =
                new ArrayList<>(List.of("source", "target", "source_name", "target_name", "weight", "count"));
        if (withPassages) {
            header.addAll(List.of("supports", "opposes", "neutral"));
        }
        try {
            CSVPrinter csv = CSVFormat.RFC4180
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    .get()
                    .print(out);
            for (Tie tie : (Iterable<Tie>) network.ties()::iterator) {
                List<Object> row = new ArrayList<>(List.of(
                        tie.source().id(),
                        tie.target().id(),
                        tie.source().name(),
                        tie.target().name(),
                        weight(tie.weight()),
                        tie.count()));
                if (withPassages) {
                    row.addAll(List.of(
                            tie.passages().supports(),
                            tie.passages().opposes(),
                            tie.passages().neutral()));
                }
                csv.printRecord(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole counts as integers, Jaccard shares with a point and no exponent. */
    private static String weight(double weight) {
        return weight == Math.rint(weight)
                ? Long.toString((long) weight)
                : java.math.BigDecimal.valueOf(weight).toPlainString();
    }
}
