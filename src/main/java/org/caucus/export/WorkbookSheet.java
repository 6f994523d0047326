package org.caucus.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sheets an analyst can choose for a workbook, in the order they appear in it. */
public enum WorkbookSheet {
    ABOUT("About", true),
    CODED_PASSAGES("Coded passages", true),
    POSITION_MATRIX("Position matrix (by participant, organisation and stakeholder group)", true),
    BINARY_MATRIX("Matrix (0/1)", true),
    TIMELINE("Timeline", true),
    CODEBOOK("Codebook", true),
    PARTICIPANTS("Participants", true),
    MESSAGES("Messages (one row per message; can be large)", false);

    private final String label;
    private final boolean chosenByDefault;

    WorkbookSheet(String label, boolean chosenByDefault) {
        this.label = label;
        this.chosenByDefault = chosenByDefault;
    }

    public String label() {
        return label;
    }

    public boolean chosenByDefault() {
        return chosenByDefault;
    }

    /** The sheet's name in the {@code --sheets} option, such as {@code coded-passages}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @throws IllegalArgumentException naming the sheet and the ones there are
     */
    public static WorkbookSheet named(String optionName) {
        return Arrays.stream(values())
                .filter(sheet -> sheet.optionName().equals(optionName.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + optionName + "' is not a sheet; choose from "
                        + Arrays.stream(values()).map(WorkbookSheet::optionName).collect(Collectors.joining(", "))
                        + "."));
    }
}
