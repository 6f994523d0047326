package org.caucus.corpus.importing;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates mail archives carry: RFC 5322 {@code Date:} headers as real clients wrote them (two-digit years,
 * missing seconds, zone names, comments), and the ctime dates of pipermail pages. A date that does not hold up is
 * refused (null) rather than guessed: a wrong date is worse than none. A date without a time zone is only read when
 * the caller asks, as old pipermail archives write every Date header so.
 */
final class MailDates {

    // Pipermail and old clients print zone abbreviations, which Java cannot resolve unambiguously (IST, CST).
    static final Map<String, ZoneOffset> ZONE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("UT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC),
            Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("MET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("MEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("JST", ZoneOffset.ofHours(9)));

    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

    // [Day,] d Mon yyyy hh:mm[:ss] [zone]
    private static final Pattern RFC5322 = Pattern.compile(
            "^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})[\\s-]+(" + MONTHS + ")[a-z]*\\.?[\\s-]+(\\d{2,4})\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(?:\\s+(\\S+))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    // Day Mon d hh:mm:ss [zone] yyyy (ctime, as pipermail and some old clients write it)
    private static final Pattern CTIME = Pattern.compile(
            "^[a-z]{3},?\\s+(" + MONTHS
                    + ")[a-z]*\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\s+(\\S+))?\\s+(\\d{4})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("^([+-])(\\d{2}):?(\\d{2})$");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 9999;

    private MailDates() {}

    /** The instant and offset of a Date header, or null when it is not a date or has no usable zone. */
    static OffsetDateTime parse(String header) {
        return read(header, null);
    }

    /**
     * As {@link #parse}, but a date that gives no time zone at all ("Thu Nov  1 11:19:12 2001") is read as UTC. A
     * zone that is given and impossible (+50579034) is still no date.
     */
    static OffsetDateTime parseWithoutZoneAsUtc(String header) {
        return read(header, ZoneOffset.UTC);
    }

    /** @param whenNoZone the offset of a date that gives none, or null to refuse such a date */
    private static OffsetDateTime read(String header, ZoneOffset whenNoZone) {
        if (header == null) {
            return null;
        }
        String withoutComments =
                header.indexOf('(') < 0 ? header : COMMENT.matcher(header).replaceAll(" ");
        String text = SPACES.matcher(withoutComments.strip()).replaceAll(" ");
        Matcher rfc = RFC5322.matcher(text);
        if (rfc.matches()) {
            return at(
                    year(rfc.group(3)),
                    month(rfc.group(2)),
                    rfc.group(1),
                    rfc.group(4),
                    rfc.group(5),
                    rfc.group(6),
                    rfc.group(7),
                    whenNoZone);
        }
        Matcher ctime = CTIME.matcher(text);
        if (ctime.matches()) {
            return at(
                    Integer.parseInt(ctime.group(7)),
                    month(ctime.group(1)),
                    ctime.group(2),
                    ctime.group(3),
                    ctime.group(4),
                    ctime.group(5),
                    ctime.group(6),
                    whenNoZone);
        }
        return null;
    }

    /** The offset a zone name or number stands for, or null when it is unknown or impossible (+50579034). */
    static ZoneOffset offsetOf(String zone) {
        Matcher numeric = NUMERIC_OFFSET.matcher(zone);
        if (numeric.matches()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = Integer.parseInt(numeric.group(3));
            if (hours > 14 || minutes > 59) {
                return null;
            }
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return ZONE_ABBREVIATIONS.get(zone.toUpperCase(Locale.ROOT));
    }

    private static OffsetDateTime at(
            int year,
            int month,
            String day,
            String hour,
            String minute,
            String second,
            String zone,
            ZoneOffset whenNoZone) {
        ZoneOffset offset = zone == null ? whenNoZone : offsetOf(zone);
        if (offset == null) {
            return null;
        }
        OffsetDateTime date;
        try {
            date = LocalDateTime.of(
                            year,
                            month,
                            Integer.parseInt(day),
                            Integer.parseInt(hour),
                            Integer.parseInt(minute),
                            second == null ? 0 : Integer.parseInt(second))
                    .atOffset(offset);
        } catch (DateTimeException e) {
            return null;
        }
        // Year 0 or 10000 (in UTC) is a clock's or a forger's, not a date a message was sent on; nor is any year
        // before e-mail. Stored, such a date would sort the message first or last of the whole archive.
        int utcYear = date.withOffsetSameInstant(ZoneOffset.UTC).getYear();
        return year < FIRST_YEAR || utcYear < FIRST_YEAR || utcYear > LAST_YEAR ? null : date;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        // RFC 5322 4.3: two-digit years below 50 are 20xx, the others 19xx; three digits add 1900.
        if (digits.length() == 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return digits.length() == 3 ? 1900 + year : year;
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 4 + 1;
    }
}
