package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginalKindTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            From parminder at itforchange.net  Wed Nov 13 01:51:13 2013  | MAIL
            Received: from mail.example.org by lists.example.org         | MAIL
            Message-ID: <d8802b92@cisco.com>                             | MAIL
            '  <!DOCTYPE HTML PUBLIC ""-//W3C//DTD HTML 3.2//EN"">'      | PAGE
            [bestbits] [very quick follow up] I*coalition/dialogue = 1net | TEXT
            """)
    void an_original_is_downloaded_as_what_it_is(String start, OriginalKind kind) {
        assertThat(OriginalKind.of((start + "\nmore\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(kind);
    }

    @Test
    void apple_mails_file_of_a_message_is_downloaded_as_one_however_long_its_message() {
        String message = "From: Anja <anja@example.org>\nSubject: long\n\n" + "A long message. ".repeat(2000);
        String file = "%-10d\n%s<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict/></plist>\n"
                .formatted(message.length(), message);

        assertThat(OriginalKind.of(file.getBytes(StandardCharsets.US_ASCII))).isEqualTo(OriginalKind.APPLE_MAIL);
    }
}
