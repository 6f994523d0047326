package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginPassageTest {

    private static final String ORIGIN = """
            Hello all,

            We should ask the Brazilian government for a direct channel to civil society. Nobody else can
            speak for us at the summit.

            Anriette
            """;

    private static final String REPLY = """
            On Monday, Anriette wrote:
            > We should ask the Brazilian government for a direct
            > channel to civil society. Nobody else can speak for us
            > at the summit.

            Agreed.
            """;

    @Test
    void a_passage_rewrapped_and_quoted_is_found_where_it_was_written() {
        String passage = "direct\n> channel to civil society.";

        Optional<TextSpan> sut = locate(REPLY, passage, ORIGIN);

        assertThat(sut)
                .as("span in the origin")
                .hasValueSatisfying(span -> assertThat(ORIGIN.substring(span.start(), span.end()))
                        .isEqualTo("direct channel to civil society."));
    }

    @Test
    void a_selection_that_cuts_words_keeps_the_same_cut_in_the_origin() {
        String passage = "ment for a direct\n> chan";

        Optional<TextSpan> sut = locate(REPLY, passage, ORIGIN);

        assertThat(sut)
                .as("span in the origin")
                .hasValueSatisfying(span ->
                        assertThat(ORIGIN.substring(span.start(), span.end())).isEqualTo("ment for a direct chan"));
    }

    @Test
    void a_passage_of_a_supercite_citation_is_found_without_its_nicknames() {
        String cited = """
                >>>>> "Anriette" == Anriette  <anriette at example.org> writes:

                Anriette> We should ask the Brazilian government for a direct
                Anriette> channel to civil society. Nobody else can speak for us

                Agreed.
                """;

        Optional<TextSpan> sut = locate(cited, "direct\nAnriette> channel to civil society.", ORIGIN);

        assertThat(sut)
                .as("span in the origin")
                .hasValueSatisfying(span -> assertThat(ORIGIN.substring(span.start(), span.end()))
                        .isEqualTo("direct channel to civil society."));
    }

    @Test
    void a_passage_the_quoter_changed_is_not_located() {
        String edited = REPLY.replace("direct\n> channel", "direct\n> line");

        assertThat(locate(edited, "a direct\n> line to civil", ORIGIN))
                .as("span of words the origin never had")
                .isEmpty();
    }

    @Test
    void words_written_twice_in_the_origin_are_told_apart_by_their_place_in_the_quote() {
        String origin = "We agree. We agree. We agree with the plan as it stands now, entirely.\n";
        String reply = "> We agree. We agree. We agree with the plan as it stands now, entirely.\n\nFine.\n";
        int second = reply.indexOf("We agree.", 5);

        Optional<TextSpan> sut = new OriginPassage(reply, second, second + "We agree.".length())
                .in(origin, quoteBlock(reply, 0, origin.length() - 1));

        assertThat(sut).as("span of the second 'We agree.'").contains(new TextSpan(10, 19));
    }

    private static Optional<TextSpan> locate(String reply, String passage, String origin) {
        int start = reply.indexOf(passage);
        assertThat(start).as("passage in the reply").isNotNegative();
        int quoteStart = origin.indexOf("We should");
        int quoteEnd = origin.indexOf("summit.") + "summit.".length();
        return new OriginPassage(reply, start, start + passage.length())
                .in(origin, quoteBlock(reply, quoteStart, quoteEnd));
    }

    private static MessageBlock quoteBlock(String reply, int originStart, int originEnd) {
        int start = reply.indexOf('>');
        int end =
                reply.lastIndexOf('>') + reply.substring(reply.lastIndexOf('>')).indexOf('\n');
        BodySegment quote = new BodySegment(start, end, BlockRole.QUOTE, 1, null, null, "test", 0.9);
        return new MessageBlock(null, 1, quote, null, new QuotedFrom(99, originStart, originEnd, 1.0, 7L));
    }
}
