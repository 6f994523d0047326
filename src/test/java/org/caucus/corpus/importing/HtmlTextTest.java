package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blockquotes_are_marked_as_quotes_one_marker_per_level_as_plain_text_mail_marks_them() {
        String html = "<div>I agree.</div><div>On Tue, Anna wrote:<br>"
                + "<blockquote type=\"cite\"><div>Liaise directly.</div><div><br></div>"
                + "<div>Bruno wrote:</div><blockquote>\n  <p>Go through 1net.</p>\n</blockquote>"
                + "<pre>  indented\ncode</pre></blockquote></div><p>Parminder</p>";

        assertThat(HtmlText.of(html))
                .isEqualTo("I agree.\nOn Tue, Anna wrote:\n> Liaise directly.\n>\n> Bruno wrote:\n>> Go through 1net.\n"
                        + ">   indented\n> code\nParminder\n");
    }

    @Test
    void quoting_deeper_than_a_discussion_goes_is_marked_at_the_deepest_level_a_reader_can_follow() {
        String html = "<blockquote>".repeat(2_000) + "line<br>".repeat(1_000);

        String text = HtmlText.of(html);

        assertThat(text.lines().filter(line -> line.endsWith(" line")))
                .as("lines of text")
                .hasSize(1_000)
                .allMatch(line -> line.equals(">".repeat(HtmlText.MAX_MARKED_DEPTH) + " line"));
        assertThat(text.lines()).as("every line").allMatch(line -> line.length() <= HtmlText.MAX_MARKED_DEPTH + 5);
    }

    @Test
    void the_text_stops_growing_once_it_fills_what_a_body_holds() {
        String html = "<blockquote>".repeat(40) + "x<br>".repeat(500_000);

        assertThat(HtmlText.of(html).length())
                .as("characters of text from %,d of markup", html.length())
                .isLessThanOrEqualTo(MimeMessageParser.MAX_TEXT_BYTES + HtmlText.MAX_MARKED_DEPTH + 2);
    }
}
