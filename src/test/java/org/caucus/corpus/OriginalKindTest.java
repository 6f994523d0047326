package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
}
