package org.caucus.analysis;

import org.caucus.corpus.StakeholderGroup;

/** What a row of the comparison stands for: one participant, or the participants sharing an attribute. */
public enum Rollup {
    PARTICIPANT("Participant", "s.id", PositionMatrix.UNKNOWN_SPEAKER),
    ORGANISATION("Organisation", "s.organisation", "(no organisation)"),
    STAKEHOLDER_GROUP("Stakeholder group", "s.stakeholderGroup", "(no stakeholder group)"),
    COUNTRY("Country", "s.country", "(no country)");

    private final String label;
    private final String attribute;
    private final String noneLabel;

    Rollup(String label, String attribute, String noneLabel) {
        this.label = label;
        this.attribute = attribute;
        this.noneLabel = noneLabel;
    }

    public String label() {
        return label;
    }

    /** The JPQL path, on speaker {@code s}, that identifies a row. */
    String attribute() {
        return attribute;
    }

    /**
     * The label of the row of passages that have no value here: an unknown speaker, or (rolled up)
     * a speaker whose organisation, group or country is not recorded.
     */
    String noneLabel() {
        return noneLabel;
    }

    /** The JPQL expressions a row is grouped by: its key, and for participants their name. */
    String groupBy() {
        return this == PARTICIPANT ? "s.id, s.displayName" : attribute;
    }

    /** How many leading columns of a result tuple {@link #groupBy()} takes. */
    int width() {
        return this == PARTICIPANT ? 2 : 1;
    }

    /** The row's key as the drill-down gets it back: text, so that every rollup has one type. */
    String key(Object[] tuple) {
        Object value = tuple[0];
        return switch (value) {
            case null -> null;
            case StakeholderGroup group -> group.name();
            default -> value.toString();
        };
    }

    String rowLabel(Object[] tuple) {
        return switch (tuple[0]) {
            case null -> noneLabel;
            case StakeholderGroup group -> group.label();
            default -> this == PARTICIPANT ? (String) tuple[1] : tuple[0].toString();
        };
    }

    /** The key as the query parameter that selects the row again. */
    Object parameter(String key) {
        return switch (this) {
            case PARTICIPANT -> Long.valueOf(key);
            case STAKEHOLDER_GROUP -> StakeholderGroup.valueOf(key);
            case ORGANISATION, COUNTRY -> key;
        };
    }

    /** The JPQL condition that selects one row's passages; {@code :row} is {@link #parameter(String)}. */
    String rowCondition(String key) {
        return key == null ? attribute + " is null" : attribute + " = :row";
    }
}
