package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.caucus.corpus.importing.FormatSniffer.MailFormat;
import org.junit.jupiter.api.Test;

/**
 * A file that starts with a mail header and has no {@code .eml} ending, as a Maildir or MH folder names its messages:
 * one message, unless a second one's header follows its body.
 */
class UnseparatedMessagesTest {

    private static final String HEADER = """
            From: Anja Kovacs <anja@example.org>
            To: bestbits@lists.bestbits.net
            Subject: Re: [bestbits] 1net
            Date: Wed, 13 Nov 2013 09:12:44 +0530
            Message-ID: <reply@example.org>

            """;

    @Test
    void an_outlook_reply_holding_the_header_it_answers_is_one_message() {
        String reply = HEADER + """
                I agree with Jeremy.

                From: Jeremy Malcolm [mailto:jeremy@example.org]
                Sent: Wednesday, November 13, 2013 8:15 AM
                To: bestbits@lists.bestbits.net
                Subject: [bestbits] 1net

                We should deal with the Brazilian government directly.
                """;

        assertThat(format(reply)).isEqualTo(MailFormat.EML);
    }

    @Test
    void a_message_apple_mail_forwarded_is_one_message() {
        String forward = HEADER + """
                See below.

                Begin forwarded message:

                From: Jeremy Malcolm <jeremy@example.org>
                Subject: [bestbits] 1net
                Date: 13 November 2013 at 08:15:02 GMT+8
                To: bestbits@lists.bestbits.net

                We should deal with the Brazilian government directly.
                """;

        assertThat(format(forward)).isEqualTo(MailFormat.EML);
    }

    @Test
    void a_message_mutt_forwarded_with_its_mail_system_date_is_one_message() {
        String forward = HEADER + """
                ----- Forwarded message from Jeremy Malcolm <jeremy@example.org> -----

                Date: Wed, 13 Nov 2013 08:15:02 +0800
                From: Jeremy Malcolm <jeremy@example.org>
                To: bestbits@lists.bestbits.net
                Subject: [bestbits] 1net

                We should deal with the Brazilian government directly.

                ----- End forwarded message -----
                """;

        assertThat(format(forward)).isEqualTo(MailFormat.EML);
    }

    @Test
    void a_message_attached_to_a_multipart_one_is_part_of_it() {
        String multipart = """
                From: Anja Kovacs <anja@example.org>
                Subject: Fwd: [bestbits] 1net
                Date: Wed, 13 Nov 2013 09:12:44 +0530
                MIME-Version: 1.0
                Content-Type: multipart/mixed;
                 boundary="next-part"

                --next-part
                Content-Type: text/plain

                Attached.

                --next-part
                Content-Type: message/rfc822

                Date: Wed, 13 Nov 2013 08:15:02 +0800
                From: Jeremy Malcolm <jeremy@example.org>
                Subject: [bestbits] 1net

                We should deal with the Brazilian government directly.

                --next-part--
                """;

        assertThat(format(multipart)).isEqualTo(MailFormat.EML);
    }

    @Test
    void messages_written_one_after_another_are_refused_as_they_cannot_be_told_apart() {
        String two = HEADER + """
                I agree with Jeremy.

                Date: Wed, 13 Nov 2013 10:01:09 +0100
                From: Jeanette Hofmann <jeanette@example.org>
                Subject: Re: [bestbits] 1net

                So do I.
                """;

        FormatSniffer.Sniffed sniffed = sniff("mailbox", two);

        assertThat(sniffed.format()).isEqualTo(MailFormat.NOT_MAIL);
        assertThat(sniffed.reason())
                .isEqualTo("mailbox: not a mail archive: it holds several messages with no 'From ' separator lines"
                        + " between them, so they cannot be told apart safely; export it as mbox");
        assertThat(format(two.replace("\n", "\r\n"))).as("with CRLF line ends").isEqualTo(MailFormat.NOT_MAIL);
    }

    @Test
    void messages_after_the_end_of_a_multipart_one_are_refused_too() {
        String afterMultipart = """
                From: Anja Kovacs <anja@example.org>
                Date: Wed, 13 Nov 2013 09:12:44 +0530
                Content-Type: multipart/alternative; boundary=b1

                --b1
                Content-Type: text/plain

                Hello
                --b1--

                From: Jeanette Hofmann <jeanette@example.org>
                Date: Wed, 13 Nov 2013 10:01:09 +0100

                So do I.
                """;

        assertThat(format(afterMultipart)).isEqualTo(MailFormat.NOT_MAIL);
    }

    @Test
    void a_file_named_eml_is_always_one_message() {
        String two = HEADER + "Hi\n\nDate: Wed, 13 Nov 2013 10:01:09 +0100\nFrom: J <j@example.org>\n\nHo\n";

        assertThat(sniff("reply.eml", two).format()).isEqualTo(MailFormat.EML);
    }

    private static MailFormat format(String text) {
        return sniff("1385000002.M1P2.host:2,S", text).format();
    }

    private static FormatSniffer.Sniffed sniff(String name, String text) {
        return FormatSniffer.sniff(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
