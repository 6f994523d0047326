package org.caucus.export;

/**
 * Recognises text that a spreadsheet could take for a formula. Passages, memos and names come from
 * e-mails written by anyone, so such text must reach Excel or LibreOffice as plain text only.
 */
final class FormulaGuard {

    // '=', '+', '-' and '@' start formulas; a leading tab or carriage return hides one after it.
    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {}

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0;
    }

    /** The text as a CSV reader should see it: a leading apostrophe makes spreadsheets keep it as text. */
    static String forCsv(String value) {
        return value != null && looksLikeFormula(value) ? "'" + value : value;
    }
}
