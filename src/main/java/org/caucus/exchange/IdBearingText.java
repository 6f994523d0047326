package org.caucus.exchange;

import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * Text columns that hold an id without a foreign key, which renumbering must follow like any
 * other reference. There is one: a coded passage's statement key starts with the id of the message
 * the statement was first written in ({@code 1234:5f3a...}), so that later codings of the same
 * statement in the restored project find the same key.
 */
enum IdBearingText {
    STATEMENT_KEY("annotation", "statement_key", "message");

    private final String table;
    private final String column;
    private final String referencedTable;

    IdBearingText(String table, String column, String referencedTable) {
        this.table = table;
        this.column = column;
        this.referencedTable = referencedTable;
    }

    static Optional<IdBearingText> of(String table, String column) {
        for (IdBearingText text : values()) {
            if (text.table.equals(table) && text.column.equals(column)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    String referencedTable() {
        return referencedTable;
    }

    /** The text with its leading id replaced; text without one is returned as it is. */
    String replaceId(String text, LongUnaryOperator replacement) {
        int colon = text.indexOf(':');
        if (colon <= 0 || !text.substring(0, colon).chars().allMatch(Character::isDigit)) {
            return text;
        }
        return replacement.applyAsLong(Long.parseLong(text.substring(0, colon))) + text.substring(colon);
    }
}
