package org.caucus.export;

/** Who the rows of a position matrix are: each participant, or participants rolled up. */
enum Rollup {
    PARTICIPANT("Participant", "(unknown speaker)", "s.id", "s.display_name"),
    ORGANISATION("Organisation", "(no organisation)", "s.organisation", "s.organisation"),
    STAKEHOLDER_GROUP("Stakeholder group", "(no stakeholder group)", "s.stakeholder_group", "s.stakeholder_group");

    final String heading;
    final String missing;
    final String keyColumn;
    final String labelColumn;

    Rollup(String heading, String missing, String keyColumn, String labelColumn) {
        this.heading = heading;
        this.missing = missing;
        this.keyColumn = keyColumn;
        this.labelColumn = labelColumn;
    }
}
