package org.caucus.corpus;

/** The stakeholder groups of Internet-governance debates, as analysts roll participants up. */
public enum StakeholderGroup {
    CIVIL_SOCIETY("Civil society"),
    BUSINESS("Business"),
    TECHNICAL_COMMUNITY("Technical community"),
    GOVERNMENT("Government"),
    ACADEMIA("Academia"),
    INTERGOVERNMENTAL("Intergovernmental");

    private final String label;

    StakeholderGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
