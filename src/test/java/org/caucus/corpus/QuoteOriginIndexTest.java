package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.caucus.corpus.QuoteOriginIndex.Origin;
import org.junit.jupiter.api.Test;

class QuoteOriginIndexTest {

    private static final String ALICE = """
            Hi all,

            I think we should move the reactor startup out of the plugin loader, because
            right now every plugin that imports twisted.internet.reactor installs the
            default reactor before the application gets a chance to choose epoll.

            Has anyone tried doing this with the twistd plugin mechanism, and did it work
            for you on both Linux and Windows?

            Alice
            """;

    private static final String ALICE_PASSAGE = """
            I think we should move the reactor startup out of the plugin loader, because
            right now every plugin that imports twisted.internet.reactor installs the
            default reactor before the application gets a chance to choose epoll.""";

    /** Inline replies to Alice, her lines re-wrapped at another width. */
    private static final String BOB = """
            On Mon, 4 Nov 2013, Alice wrote:
            > I think we should move the reactor startup out of the plugin loader,
            > because right now every plugin that imports twisted.internet.reactor
            > installs the default reactor before the application gets a chance to
            > choose epoll.

            Agreed. The plugin loader should never import the reactor at module level; it
            should hand the application a factory and let the application install it.

            > Has anyone tried doing this with the twistd plugin mechanism, and did it
            > work for you on both Linux and Windows?

            Not yet, but I can try it on Linux this weekend.

            Bob
            """;

    private static final String BOB_PASSAGE = """
            Agreed. The plugin loader should never import the reactor at module level; it
            should hand the application a factory and let the application install it.""";

    /** Quotes Alice inside Bob (depth 2), Bob (depth 1), a passage no earlier message has, and two words of Bob. */
    private static final String CAROL = """
            Bob wrote:
            > Alice wrote:
            >> I think we should move the reactor startup out of the plugin loader, because
            >> right now every plugin that imports twisted.internet.reactor installs the
            >> default reactor before the application gets a chance to choose epoll.
            >
            > Agreed. The plugin loader should never import the reactor at module level; it
            > should hand the application a factory and let the application install it.

            That is what the documentation already recommends:

            > Applications should install a reactor before importing any module that might
            > import the default one, as the howto on choosing a reactor explains at length.

            So this is mostly a documentation problem.

            > Not yet

            Please do, and report back.

            Carol
            """;

    /** Quotes Alice again, a fifth of the way through a long thread: still Alice's one statement. */
    private static final String DAVE = """
            Alice wrote:
            >I think we should move the reactor startup out of the plugin loader, because right now every
            >plugin that imports twisted.internet.reactor installs the default reactor before the
            >application gets a chance to choose epoll.

            +1 from me as well, this bites us every release.

            Dave
            """;

    private static final Instant NOVEMBER = Instant.parse("2013-11-04T10:00:00Z");

    private final BodySegmenter segmenter = new BodySegmenter();

    private final QuoteOriginIndex sut = new QuoteOriginIndex();

    @Test
    void a_rewrapped_quote_is_traced_to_the_own_text_it_was_copied_from() {
        post(1, ALICE, "Alice");

        List<Optional<Origin>> origins = post(2, BOB, "Bob");

        Origin origin = quoteOrigins(BOB, origins).get(0).orElseThrow();
        assertThat(origin.messageId()).as("origin of Bob's first quote").isEqualTo(1);
        assertThat(ALICE.substring(origin.start(), origin.end()))
                .as("the origin's text at the offsets")
                .isEqualTo(ALICE_PASSAGE);
        assertThat(origin.confidence()).as("confidence of a verbatim quote").isEqualTo(1.0);
    }

    @Test
    void inline_quotes_each_find_their_own_paragraph_of_the_origin() {
        post(1, ALICE, "Alice");

        List<Optional<Origin>> origins = quoteOrigins(BOB, post(2, BOB, "Bob"));

        assertThat(origins).as("quote blocks of Bob's reply").hasSize(2).allMatch(Optional::isPresent);
        Origin second = origins.get(1).orElseThrow();
        assertThat(second.messageId()).as("origin of Bob's second quote").isEqualTo(1);
        assertThat(ALICE.substring(second.start(), second.end()))
                .as("the origin's text at the offsets of Bob's second quote")
                .isEqualTo("Has anyone tried doing this with the twistd plugin mechanism, and did it work\n"
                        + "for you on both Linux and Windows?");
    }

    @Test
    void a_supercite_citation_is_traced_without_its_nicknames() {
        post(1, ALICE, "Alice");
        String terry = """
                >>>>> "Alice" == Alice  <alice at example.org> writes:

                Alice> I think we should move the reactor startup out of the plugin loader, because
                Alice> right now every plugin that imports twisted.internet.reactor installs the
                Alice> default reactor before the application gets a chance to choose epoll.

                Yes, please.
                """;

        List<Optional<Origin>> origins = quoteOrigins(terry, post(2, terry, "Terry"));

        Origin origin = origins.getFirst().orElseThrow();
        assertThat(origin.messageId()).as("origin of Terry's citation").isEqualTo(1);
        assertThat(origin.confidence()).as("confidence of a verbatim citation").isEqualTo(1.0);
    }

    @Test
    void a_quote_of_a_quote_goes_back_to_where_its_text_was_own_text() {
        post(1, ALICE, "Alice");
        post(2, BOB, "Bob");

        List<Optional<Origin>> origins = quoteOrigins(CAROL, post(3, CAROL, "Carol"));

        assertThat(origins).as("quote blocks of Carol's reply").hasSize(4);
        Origin depthTwo = origins.get(0).orElseThrow();
        assertThat(depthTwo.messageId()).as("origin of the depth-2 quote").isEqualTo(1);
        assertThat(ALICE.substring(depthTwo.start(), depthTwo.end()))
                .as("Alice's text at the offsets")
                .isEqualTo(ALICE_PASSAGE);
        Origin depthOne = origins.get(1).orElseThrow();
        assertThat(depthOne.messageId()).as("origin of the depth-1 quote").isEqualTo(2);
        assertThat(BOB.substring(depthOne.start(), depthOne.end()))
                .as("Bob's text at the offsets")
                .isEqualTo(BOB_PASSAGE);
    }

    @Test
    void a_quote_that_no_earlier_message_wrote_has_no_origin() {
        post(1, ALICE, "Alice");
        post(2, BOB, "Bob");

        List<Optional<Origin>> origins = quoteOrigins(CAROL, post(3, CAROL, "Carol"));

        assertThat(origins.get(2))
                .as("origin of the quote from the documentation")
                .isEmpty();
    }

    @Test
    void a_quote_shorter_than_a_shingle_has_no_origin_even_when_its_words_were_written_before() {
        post(1, ALICE, "Alice");
        post(2, BOB, "Bob");

        List<Optional<Origin>> origins = quoteOrigins(CAROL, post(3, CAROL, "Carol"));

        assertThat(origins.get(3)).as("origin of '> Not yet'").isEmpty();
        assertThat(sut.originOf("> every plugin that imports twisted.internet.reactor", null))
                .as("origin of a seven-word quote")
                .isEmpty();
    }

    @Test
    void a_passage_quoted_in_several_replies_has_one_origin() {
        post(1, ALICE, "Alice");
        List<Optional<Origin>> fromBob = quoteOrigins(BOB, post(2, BOB, "Bob"));
        List<Optional<Origin>> fromCarol = quoteOrigins(CAROL, post(3, CAROL, "Carol"));
        List<Optional<Origin>> fromDave = quoteOrigins(DAVE, post(4, DAVE, "Dave"));

        assertThat(List.of(fromBob.get(0), fromCarol.get(0), fromDave.get(0)))
                .as("origins of Alice's passage quoted by Bob, Carol (inside Bob) and Dave")
                .allMatch(Optional::isPresent)
                .extracting(o -> o.orElseThrow().messageId() + " "
                        + o.orElseThrow().start() + "-" + o.orElseThrow().end())
                .containsOnly("1 " + ALICE.indexOf(ALICE_PASSAGE) + "-"
                        + (ALICE.indexOf(ALICE_PASSAGE) + ALICE_PASSAGE.length()));
    }

    @Test
    void the_earliest_of_two_messages_holding_the_same_own_text_is_the_origin() {
        post(1, ALICE, "Alice");
        String repost = "Resending, as it seems lost:\n\n" + ALICE;
        post(2, repost, "Alice");

        Optional<Origin> origin = sut.originOf("> " + ALICE_PASSAGE.replace("\n", "\n> "), null);

        assertThat(origin.map(Origin::messageId))
                .as("origin of a passage posted twice")
                .contains(1L);
        assertThat(origin.orElseThrow().confidence())
                .as("confidence when two earlier messages hold the passage")
                .isLessThan(1.0);
    }

    @Test
    void a_second_copy_of_a_message_in_the_archive_leaves_its_quotes_unambiguous() {
        post(1, ALICE, "Alice");
        post(2, ALICE.replace("Hi all,", "Hi all!"), "Alice");

        Optional<Origin> origin = sut.originOf("> " + ALICE_PASSAGE.replace("\n", "\n> "), null);

        assertThat(origin.map(Origin::messageId))
                .as("origin of a passage of a message archived twice")
                .contains(1L);
        assertThat(origin.orElseThrow().confidence()).as("confidence").isEqualTo(1.0);
        assertThat(sut.indexedMessages()).as("messages indexed").isEqualTo(1);
    }

    @Test
    void a_quote_matching_only_a_few_words_of_an_earlier_message_has_no_origin() {
        post(1, ALICE, "Alice");

        Optional<Origin> origin = sut.originOf("""
                > We all agree that every plugin that imports twisted.internet.reactor installs the
                > default reactor, but nobody has measured how much time that costs at startup on
                > a loaded machine with many plugins and a slow disk.""", null);

        assertThat(origin)
                .as("origin of a quote sharing 11 of its 37 words with Alice")
                .isEmpty();
    }

    @Test
    void a_message_does_not_quote_itself_before_it_is_added() {
        List<Optional<Origin>> origins = post(1, BOB, "Bob");

        assertThat(origins).as("origins of a first message's quotes").allMatch(Optional::isEmpty);
        assertThat(sut.indexedMessages()).as("messages indexed").isEqualTo(1);
    }

    @Test
    void the_own_text_of_a_stored_message_is_read_again_when_a_quote_is_compared_with_it() {
        List<Long> readAgain = new ArrayList<>();
        QuoteOriginIndex index = new QuoteOriginIndex(number -> {
            readAgain.add(number);
            return List.of(new QuoteOriginIndex.OwnText(0, ALICE));
        });
        index.addStored(1, NOVEMBER, List.of(new QuoteOriginIndex.OwnText(0, ALICE)));
        // Enough later messages that the first is no longer among those kept at hand.
        for (int number = 2; number <= 400; number++) {
            String other = "Message " + number + " of the thread talks of the weather in town " + number + " today.";
            index.addStored(number, NOVEMBER.plusSeconds(number), List.of(new QuoteOriginIndex.OwnText(0, other)));
        }
        String quote = "> " + ALICE_PASSAGE.replace("\n", "\n> ");

        Optional<Origin> origin = index.originOf(quote, NOVEMBER.plus(Duration.ofDays(1)));

        assertThat(origin).as("origin of the quote").map(Origin::messageId).contains(1L);
        assertThat(readAgain).as("stored messages whose text was read again").containsExactly(1L);
    }

    @Test
    void a_message_of_an_earlier_import_sent_after_the_quote_is_not_its_origin() {
        // As when earlier months are imported into a project holding later ones.
        Instant sentAt = NOVEMBER.plus(Duration.ofDays(3));
        sut.addStored(1, sentAt, List.of(new QuoteOriginIndex.OwnText(0, ALICE)));
        String quote = "> " + ALICE_PASSAGE.replace("\n", "\n> ");

        assertThat(sut.originOf(quote, sentAt.minus(Duration.ofDays(3))))
                .as("origin of a quote sent three days before the only message holding its text")
                .isEmpty();
        assertThat(sut.originOf(quote, sentAt.minusSeconds(1)))
                .as("the same quote sent a second before it")
                .isEmpty();
        assertThat(sut.originOf(quote, sentAt))
                .as("the same quote sent in the same second")
                .map(Origin::messageId)
                .contains(1L);
        assertThat(sut.originOf(quote, null))
                .as("the same quote from an undated message")
                .map(Origin::messageId)
                .contains(1L);
    }

    @Test
    void a_message_read_before_the_quote_is_its_origin_whatever_its_date() {
        post(1, ALICE, "Alice", NOVEMBER.plus(Duration.ofDays(3)));

        List<Optional<Origin>> origins = quoteOrigins(BOB, post(2, BOB, "Bob", NOVEMBER));

        assertThat(origins.getFirst().map(Origin::messageId))
                .as("origin of Bob's quote, Bob's clock three days behind Alice's")
                .contains(1L);
    }

    @Test
    void a_quote_of_an_earlier_import_is_traced_only_to_messages_sent_before_it() {
        post(1, "Pasted again, as it still stands:\n\n" + ALICE, "Carol", NOVEMBER.plus(Duration.ofDays(30)));
        String quote = "> " + ALICE_PASSAGE.replace("\n", "\n> ");

        assertThat(sut.originOfStoredQuote(quote, NOVEMBER.plus(Duration.ofDays(2))))
                .as("origin of a stored quote whose text only a later message holds")
                .isEmpty();
        post(2, ALICE, "Alice", NOVEMBER);
        assertThat(sut.originOfStoredQuote(quote, NOVEMBER.plus(Duration.ofDays(2)))
                        .map(Origin::messageId))
                .as("origin of the stored quote once Alice's message is added")
                .contains(2L);
    }

    /** Resolves a message's quotes against the earlier ones, then indexes it, as an import does. */
    private List<Optional<Origin>> post(long id, String body, String poster) {
        return post(id, body, poster, NOVEMBER.plusSeconds(id * 60));
    }

    private List<Optional<Origin>> post(long id, String body, String poster, Instant sentAt) {
        List<BodySegment> blocks = segmenter.segment(body, poster);
        List<Optional<Origin>> origins = sut.origins(body, blocks, sentAt);
        sut.add(id, sentAt, body, blocks);
        return origins;
    }

    /** The origins of the quote blocks only, in body order. */
    private List<Optional<Origin>> quoteOrigins(String body, List<Optional<Origin>> origins) {
        List<BodySegment> blocks = segmenter.segment(body, "someone");
        return IntStream.range(0, blocks.size())
                .filter(i -> blocks.get(i).role() == BlockRole.QUOTE)
                .mapToObj(origins::get)
                .toList();
    }
}
