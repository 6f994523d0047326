package org.caucus.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PastedMessageReaderTest {

    // A reply as Gmail's "Show original" shows it: the header lines, a quoted-printable body in UTF-8.
    private static final String SOURCE = """
            Return-Path: <jeremy@ciroap.org>
            Received: from mail.ciroap.org by mx.example.net; Wed, 13 Nov 2013 07:02:11 +0000
            From: Jeremy Malcolm <jeremy@ciroap.org>
            To: bestbits@lists.bestbits.net
            Subject: Re: [bestbits] I*coalition/dialogue = 1net
            Date: Wed, 13 Nov 2013 15:02:09 +0800
            Message-ID: <5283A3D1.4010605@ciroap.org>
            In-Reply-To: <52831E31.8010201@itforchange.net>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            On 13/11/13 14:51, parminder wrote:
            > 1net is not the dialogue we asked for.

            Agreed; the summit's organisers in S=C3=A3o Paulo should hear it from us.
            """;

    private final PastedMessageReader sut = new PastedMessageReader(new MailSources());

    @Test
    void a_message_page_is_read_as_a_page() {
        String page = "[bestbits] Re: civil society and 1net\n\n"
                + "Jeremy Malcolm  jeremy at ciroap.org\n"
                + "Wed Nov 13 01:51:13 EST 2013\n\n"
                + "We should go to Brazil directly.\n";

        ParsedMessage message = sut.read("pasted text", utf8(page));

        assertThat(message.posterAddress()).as("poster").isEqualTo("jeremy@ciroap.org");
        assertThat(message.messageId()).as("a page gives no Message-ID").isNull();
        assertThat(message.body()).as("body").isEqualTo("We should go to Brazil directly.");
    }

    @Test
    void a_message_source_is_read_as_mail_with_its_headers_and_decoded_body() {
        ParsedMessage message = sut.read("pasted text", utf8(SOURCE));

        assertThat(message.posterName()).as("poster name").isEqualTo("Jeremy Malcolm");
        assertThat(message.posterAddress()).as("poster address").isEqualTo("jeremy@ciroap.org");
        assertThat(message.listName()).as("list, from the subject's tag").isEqualTo("bestbits");
        assertThat(message.messageId()).as("Message-ID").isEqualTo("5283A3D1.4010605@ciroap.org");
        assertThat(message.inReplyTo()).as("In-Reply-To").isEqualTo("52831E31.8010201@itforchange.net");
        assertThat(message.sentAt()).as("sent at").hasToString("2013-11-13T15:02:09+08:00");
        assertThat(message.body())
                .as("body, quoted-printable decoded")
                .contains("> 1net is not the dialogue we asked for.")
                .contains("organisers in São Paulo should");
        assertThat(message.raw()).as("the bytes as given").isEqualTo(utf8(SOURCE));
    }

    @Test
    void a_source_copied_from_an_mbox_with_its_separator_line_is_one_message() {
        ParsedMessage message =
                sut.read("pasted text", utf8("From jeremy@ciroap.org Wed Nov 13 07:02:11 2013\n" + SOURCE));

        assertThat(message.messageId()).as("Message-ID").isEqualTo("5283A3D1.4010605@ciroap.org");
    }

    @Test
    void a_source_in_eight_bit_utf8_keeps_its_letters() {
        String eightBit = SOURCE.replace("quoted-printable", "8bit").replace("S=C3=A3o", "São");

        assertThat(sut.read("pasted text", utf8(eightBit)).body()).contains("São Paulo");
    }

    @Test
    void several_messages_are_refused_naming_how_many_and_what_to_do() {
        String two = "From a@example.org Wed Nov 13 07:02:11 2013\n" + SOURCE + "\n"
                + "From b@example.org Wed Nov 13 08:02:11 2013\n" + SOURCE.replace("5283A3D1", "5283A3D2");

        assertThatThrownBy(() -> sut.read("pasted text", utf8(two)))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessageStartingWith("pasted text: holds 2 messages")
                .hasMessageContaining("upload it");
    }

    @Test
    void text_that_is_neither_is_refused_with_what_a_page_looks_like() {
        assertThatThrownBy(() -> sut.read("pasted text", utf8("Dear all,\nplease find the minutes attached.\n")))
                .isInstanceOf(MalformedPageException.class)
                .hasMessageStartingWith("pasted text, line 1: expected the subject line of a pipermail message page")
                .hasMessageContaining("Dear all");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
