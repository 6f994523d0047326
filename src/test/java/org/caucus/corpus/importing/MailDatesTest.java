package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wed, 13 Nov 2013 01:51:13 -0500 | 2013-11-13T01:51:13-05:00
            Thu, 01 Jan 1970 00:00:00 +0000 | 1970-01-01T00:00Z
            Fri, 31 Dec 9999 09:59:59 +1400 | 9999-12-31T09:59:59+14:00
            """)
    void dates_of_the_years_of_e_mail_are_read_with_their_offset(String header, String expected) {
        assertThat(MailDates.parse(header)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mon, 1 Jan 0000 00:00:00 +1400",
                "Fri, 31 Dec 9999 23:59:59 -1400",
                "Wed, 31 Dec 1969 23:59:59 +0000",
                "Tue, 31 Feb 2013 10:00:00 +0000",
                "Sun, 18 Feb 1945 12:00:00 +50579034"
            })
    void a_date_no_message_was_sent_on_is_no_date(String header) {
        assertThat(MailDates.parse(header)).as("date").isNull();
        assertThat(MailDates.parseWithoutZoneAsUtc(header))
                .as("date, reading one without a zone as UTC")
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Thu Nov  1 11:19:12 2001     | 2001-11-01T11:19:12Z
            Fri, 30 Nov 2001 17:35:03    | 2001-11-30T17:35:03Z
            Wed, 13 Nov 2013 01:51:13 -0500 | 2013-11-13T01:51:13-05:00
            """)
    void a_date_without_a_time_zone_is_read_as_utc_only_when_asked(String header, String expected) {
        assertThat(MailDates.parseWithoutZoneAsUtc(header)).as("read as UTC").isEqualTo(OffsetDateTime.parse(expected));
        assertThat(MailDates.parse(header) == null).as("refused when not asked").isEqualTo(expected.endsWith("Z"));
    }
}
