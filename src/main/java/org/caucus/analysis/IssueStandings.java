package org.caucus.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.caucus.coding.StanceQualifier;

/**
 * Where each row (participant, organisation...) stands on the positions of one issue, as a
 * readable list, and the rows that took no stand on it.
 */
public record IssueStandings(String issue, List<Standing> standings, List<String> noStand) {

    /** One row's stands on the issue, in codebook order. */
    public record Standing(String key, String label, List<Stand> stands) {

        /** "Jeremy Malcolm: opposes 1net as interface (2), supports leaving 1net to business (1)". */
        public String sentence() {
            return label + ": " + stands.stream().map(Stand::phrase).collect(Collectors.joining(", "));
        }
    }

    public record Stand(String position, StanceQualifier qualifier, long count) {

        String phrase() {
            String verb = qualifier == StanceQualifier.NEUTRAL ? "reports" : qualifier.label();
            return verb + " " + position + " (" + count + ")";
        }
    }
}
