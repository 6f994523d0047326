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
}
