package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipermailPageReaderTest {

    private static final String HEADER = "[bestbits] Re: civil society and 1net\n\n"
            + "Jeremy Malcolm  jeremy at ciroap.org\n"
            + "Wed Nov 13 01:51:13 EST 2013\n\n";

    private final PipermailPageReader sut = new PipermailPageReader();

    @Test
    void seed_page_gives_list_subject_poster_date_and_body() {
        byte[] seed = seedBytes();

        ParsedMessage message = sut.read("seed.txt", seed);

        assertThat(message.listName()).as("list name").isEqualTo("bestbits");
        assertThat(message.subject())
                .as("subject")
                .isEqualTo("[bestbits] [very quick follow up] I*coalition/dialogue = 1net");
        assertThat(message.posterName()).as("poster name").isEqualTo("parminder");
        assertThat(message.posterAddress()).as("poster address").isEqualTo("parminder@itforchange.net");
        assertThat(message.sentAt())
                .as("sent at")
                .isEqualTo(OffsetDateTime.of(2013, 11, 13, 1, 51, 13, 0, ZoneOffset.ofHours(-5)));
        assertThat(message.dateHeader()).as("date header").isEqualTo("Wed Nov 13 01:51:13 EST 2013");
        assertThat(message.messageId()).as("message id").isNull();
        assertThat(message.inReplyTo()).as("in reply to").isNull();
        assertThat(message.references()).as("references").isEmpty();
        assertThat(message.body())
                .as("body")
                .startsWith("On Wednesday 13 November 2013 10:47 AM, Jeremy Malcolm wrote:\n> On 12/11/13")
                .contains("the OECD Communiqué on Internet policy making")
                .contains("> Malaysia\n> Tel: +60 3 7726 1599\n")
                .endsWith("\n\nMore information about the Bestbits mailing list");
        assertThat(message.raw()).as("raw bytes").isEqualTo(seed);
    }

    @Test
    void body_keeps_trailing_spaces_inside_lines_and_the_archive_footer() {
        ParsedMessage message = sut.read("seed.txt", seedBytes());

        assertThat(message.body())
                .as("body")
                .contains(">> - Brazilian summit (that part of the coalition/dialogue, particularly \n")
                .contains("-------------- next part --------------\n");
    }

    @Test
    void body_line_ends_are_unified_and_blank_lines_around_it_dropped() {
        byte[] page = (HEADER.replace("\n", "\r\n") + "\r\n\r\n  Indented first line \r\nsecond\rthird\r\n\r\n \t\r\n")
                .getBytes(StandardCharsets.UTF_8);

        ParsedMessage message = sut.read("page.txt", page);

        assertThat(message.body()).as("body").isEqualTo("  Indented first line \nsecond\nthird");
        assertThat(message.dateHeader()).as("date header").isEqualTo("Wed Nov 13 01:51:13 EST 2013");
    }

    @Test
    void body_is_composed_to_nfc_so_offsets_do_not_depend_on_how_accents_were_encoded() {
        byte[] page = (HEADER + "Communique\u0301").getBytes(StandardCharsets.UTF_8);

        ParsedMessage message = sut.read("page.txt", page);

        assertThat(message.body()).as("body").isEqualTo("Communiqu\u00e9");
    }

    @Test
    void byte_order_mark_does_not_stick_to_the_list_name() {
        byte[] page = ("\uFEFF" + HEADER + "Hello").getBytes(StandardCharsets.UTF_8);

        assertThat(sut.read("page.txt", page).listName()).as("list name").isEqualTo("bestbits");
    }

    @Test
    void poster_name_of_several_words_is_everything_before_the_address() {
        ParsedMessage message = sut.read("page.txt", (HEADER + "Hello").getBytes(StandardCharsets.UTF_8));

        assertThat(message.posterName()).as("poster name").isEqualTo("Jeremy Malcolm");
        assertThat(message.posterAddress()).as("poster address").isEqualTo("jeremy@ciroap.org");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "EST, -05:00",
        "EDT, -04:00",
        "CST, -06:00",
        "PDT, -07:00",
        "GMT, Z",
        "UT, Z",
        "BST, +01:00",
        "CEST, +02:00",
        "IST, +05:30",
        "JST, +09:00",
        "+0530, +05:30",
        "-0800, -08:00"
    })
    void date_line_zone_gives_the_offset_of_the_sending_time(String zone, String offset) {
        String page = HEADER.replace("EST", zone) + "Hello";

        ParsedMessage message = sut.read("page.txt", page.getBytes(StandardCharsets.UTF_8));

        assertThat(message.sentAt())
                .as("sent at with zone %s", zone)
                .isEqualTo(OffsetDateTime.of(2013, 11, 13, 1, 51, 13, 0, ZoneOffset.of(offset)));
    }

    @Test
    void single_digit_day_padded_like_ctime_is_read() {
        String page = HEADER.replace("Wed Nov 13", "Sun Nov  3") + "Hello";

        ParsedMessage message = sut.read("page.txt", page.getBytes(StandardCharsets.UTF_8));

        assertThat(message.sentAt().getDayOfMonth()).as("day of month").isEqualTo(3);
    }

    @Test
    void empty_file_is_refused() {
        assertThatThrownBy(() -> sut.read("empty.txt", new byte[0]))
                .isInstanceOf(MalformedPageException.class)
                .hasMessage("empty.txt, line 1: expected the subject line of a pipermail message page, like "
                        + "'[bestbits] Subject'; found an empty file");
    }

    @Test
    void file_with_a_nul_byte_is_refused_as_binary() {
        byte[] page = (HEADER + "Hello\u0000world").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("attachment.bin", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessage(
                        "attachment.bin, line 6: expected text; found a NUL byte, so this looks like a binary file");
    }

    @Test
    void file_that_is_not_utf8_is_refused_with_the_line_of_the_bad_byte() {
        byte[] page = (HEADER + "Hello\nCommuniqué").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> sut.read("latin1.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessage(
                        "latin1.txt, line 7: expected UTF-8 text; found a byte that is not valid UTF-8 (0xE9 at byte "
                                + (page.length - 1) + " of the file)");
    }

    @Test
    void first_line_without_a_list_tag_is_refused() {
        byte[] page = "Subject without tag\n\nsomeone at example.org\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("page.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessage("page.txt, line 1: expected the subject line of a pipermail message page, like "
                        + "'[bestbits] Subject'; found 'Subject without tag'");
    }

    @Test
    void subject_with_reply_marker_before_the_list_tag_is_read() {
        String page = "Re: " + HEADER + "Hello";

        ParsedMessage message = sut.read("page.txt", page.getBytes(StandardCharsets.UTF_8));

        assertThat(message.listName()).as("list name").isEqualTo("bestbits");
        assertThat(message.subject()).as("subject").isEqualTo("Re: [bestbits] Re: civil society and 1net");
    }

    @Test
    void author_line_without_an_address_is_refused() {
        byte[] page = "[bestbits] Subject\n\nJeremy Malcolm\nWed Nov 13 01:51:13 EST 2013\n\nHello"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("page.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessage("page.txt, line 3: expected the author line of a pipermail message page, like "
                        + "'parminder  parminder at itforchange.net'; found 'Jeremy Malcolm'");
    }

    @Test
    void page_that_ends_after_the_subject_is_refused() {
        byte[] page = "[bestbits] Subject\n\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("page.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessage("page.txt, line 3: expected the author line of a pipermail message page, like "
                        + "'parminder  parminder at itforchange.net'; found the end of the file");
    }

    @Test
    void line_where_the_date_belongs_is_refused_and_quoted() {
        byte[] page = "[bestbits] Subject\n\nparminder parminder at itforchange.net\nhello world\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("seed.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessage("seed.txt, line 4: expected the date line of a pipermail message page, like "
                        + "'Wed Nov 13 01:51:13 EST 2013'; found 'hello world'");
    }

    @Test
    void date_with_an_unknown_zone_is_refused() {
        byte[] page = (HEADER.replace("EST", "XYZ") + "Hello").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("page.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessageEndingWith("line 4: expected the date line of a pipermail message page, like "
                        + "'Wed Nov 13 01:51:13 EST 2013'; found 'Wed Nov 13 01:51:13 XYZ 2013'");
    }

    @Test
    void date_that_does_not_exist_is_refused() {
        byte[] page = (HEADER.replace("Wed Nov 13", "Wed Feb 30") + "Hello").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("page.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessageContaining("line 4: expected the date line");
    }

    @Test
    void long_line_is_quoted_shortened_in_the_message() {
        String longLine = "x".repeat(100);
        byte[] page = ("[bestbits] Subject\n\nparminder parminder at itforchange.net\n" + longLine)
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("page.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessageEndingWith("; found '" + "x".repeat(57) + "...'");
    }

    @Test
    void page_without_a_body_is_refused() {
        byte[] page = HEADER.concat("\n  \n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sut.read("page.txt", page))
                .isInstanceOf(MalformedPageException.class)
                .hasMessage("page.txt, line 5: expected the message body after the date line; "
                        + "found no text before the end of the file");
    }

    private static byte[] seedBytes() {
        try (InputStream in =
                PipermailPageReaderTest.class.getResourceAsStream("/seed/bestbits-2013-11-13-parminder.txt")) {
            assertThat(in).as("seed on the test classpath").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
