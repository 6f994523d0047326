package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListTagTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            [Twisted-Python] Using telnet        | Twisted-Python | Using telnet
            Re: [Twisted-Python] Using telnet    | Twisted-Python | Re: Using telnet
            RE: AW: [bestbits] 1net              | bestbits       | RE: AW: 1net
            [BestBits] 1net                      | bestbits       | 1net
            [Re: [bestbits] 1net                 | bestbits       | [Re: [bestbits] 1net
            Notes on [bestbits] history          | bestbits       | Notes on [bestbits] history
            [governance] 1net                    | bestbits       | [governance] 1net
            [bestbits] 1net                      | NULL           | [bestbits] 1net
            [XML-SIG] Re: [Twisted-Python] XML   | Twisted-Python | [XML-SIG] Re: XML
            [Fwd: Re: [Twisted-Python] Naming]   | Twisted-Python | [Fwd: Re: Naming]
            [Twisted-python] Writing servers     | Twisted-Python | Writing servers
            """)
    void a_list_tag_goes_only_where_it_heads_the_subject(String subject, String listName, String shown) {
        assertThat(ListTag.removed(subject, listName)).isEqualTo(shown);
    }

    @Test
    void the_tag_of_a_renamed_lists_earlier_name_goes_too() {
        assertThat(ListTag.removed("Re: [Twisted-Python] Using telnet", "Twisted", Set.of("twisted-python")))
                .isEqualTo("Re: Using telnet");
        assertThat(ListTag.removed("[Twisted-web] Templates", "Twisted", Set.of("twisted-python")))
                .as("another list's tag")
                .isEqualTo("[Twisted-web] Templates");
    }
}
