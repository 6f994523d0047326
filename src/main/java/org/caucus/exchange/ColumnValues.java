package org.caucus.exchange;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import tools.jackson.databind.JsonNode;

/**
 * Moves column values between JDBC and the JSON of a backup, by the column's SQL type, so that a
 * column added by a later migration is carried without code of its own: numbers as numbers, times
 * as ISO-8601 text with their offset, bytes as Base64, everything else as text.
 */
final class ColumnValues {

    private ColumnValues() {}

    /** The value as JSON will hold it: Long, Double, Boolean or String; {@code null} for SQL null. */
    static Object read(ResultSet rows, int index, int sqlType) throws SQLException {
        Object value = switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rows.getLong(index);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> rows.getDouble(index);
            case Types.BOOLEAN, Types.BIT -> rows.getBoolean(index);
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal decimal = rows.getBigDecimal(index);
                yield decimal == null ? null : decimal.toPlainString();
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime time = rows.getObject(index, OffsetDateTime.class);
                yield time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
            }
            case Types.TIMESTAMP -> {
                LocalDateTime time = rows.getObject(index, LocalDateTime.class);
                yield time == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
            }
            case Types.DATE -> {
                LocalDate date = rows.getObject(index, LocalDate.class);
                yield date == null ? null : date.toString();
            }
            case Types.TIME -> {
                LocalTime time = rows.getObject(index, LocalTime.class);
                yield time == null ? null : time.toString();
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rows.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            default -> rows.getString(index);
        };
        return rows.wasNull() ? null : value;
    }

    static void bind(PreparedStatement statement, int index, int sqlType, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, sqlType);
            return;
        }
        switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setLong(index, value.asLong());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setDouble(index, value.asDouble());
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, value.asBoolean());
            case Types.NUMERIC, Types.DECIMAL -> statement.setBigDecimal(index, new BigDecimal(value.asString()));
            case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, OffsetDateTime.parse(value.asString()));
            case Types.TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(value.asString()));
            case Types.DATE -> statement.setObject(index, LocalDate.parse(value.asString()));
            case Types.TIME -> statement.setObject(index, LocalTime.parse(value.asString()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                statement.setBytes(index, Base64.getDecoder().decode(value.asString()));
            default -> statement.setString(index, value.asString());
        }
    }

    /**
     * The value as compared between two databases: times as the instant they denote, since
     * PostgreSQL keeps the instant and H2 the offset it was given.
     */
    static String canonical(Object jsonValue, int sqlType) {
        if (jsonValue == null) {
            return "\u2205";
        }
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return OffsetDateTime.parse(jsonValue.toString()).toInstant().toString();
        }
        return jsonValue.toString();
    }
}
