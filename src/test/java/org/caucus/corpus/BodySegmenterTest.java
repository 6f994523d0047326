package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.corpus.importing.PipermailPageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodySegmenterTest {

    private static final String SEED = "/seed/bestbits-2013-11-13-parminder.txt";

    private final BodySegmenter sut = new BodySegmenter();

    @Test
    void seed_blocks_are_credited_to_the_four_people_who_speak_in_it() {
        ParsedMessage seed = seed();

        Blocks blocks = new Blocks(seed.body(), sut.segment(seed.body(), seed.posterName()));

        assertThat(blocks.roles())
                .as("roles and depths of the seed's blocks")
                .containsExactly(
                        "ATTRIBUTION 0",
                        "ATTRIBUTION 1",
                        "QUOTE 2",
                        "QUOTE 1",
                        "OWN_TEXT 0",
                        "QUOTE 2",
                        "QUOTE 1",
                        "QUOTE 2",
                        "QUOTE 1",
                        "QUOTE 2",
                        "SIGNATURE 1",
                        "ARCHIVE_FOOTER 0");
        assertThat(blocks.speakers())
                .as("speakers of the seed's blocks")
                .containsExactly(
                        "parminder",
                        "Jeremy Malcolm",
                        "Joana Varon",
                        "Jeremy Malcolm",
                        "parminder",
                        "Joana Varon",
                        "Jeremy Malcolm",
                        "Joana Varon",
                        "Jeremy Malcolm",
                        "Michael Gurstein",
                        null,
                        null);
    }

    @Test
    void seed_passages_are_found_in_the_blocks_of_their_speakers() {
        ParsedMessage seed = seed();

        Blocks blocks = new Blocks(seed.body(), sut.segment(seed.body(), seed.posterName()));

        assertThat(blocks.containing("Joana and others of the interim liaison committee")
                        .speakerName())
                .as("speaker of the unquoted reply")
                .isEqualTo("parminder");
        assertThat(blocks.containing("Thanks, parminder").speakerName())
                .as("speaker of the sign-off")
                .isEqualTo("parminder");
        assertThat(blocks.containing("I don't in any way support the 1net dialogue")
                        .speakerName())
                .as("speaker of the first depth-1 quote")
                .isEqualTo("Jeremy Malcolm");
        assertThat(blocks.containing("a dialogue without governments is not my perfect view")
                        .speakerName())
                .as("speaker of the third depth-2 quote")
                .isEqualTo("Joana Varon");
        assertThat(blocks.containing("that to all intents and purposes CS").speakerName())
                .as("speaker of the last depth-2 quote")
                .isEqualTo("Michael Gurstein");
        assertThat(blocks.containing("Senior Policy Officer").role())
                .as("role of Jeremy's signature")
                .isEqualTo(BlockRole.SIGNATURE);
        assertThat(blocks.containing("An HTML attachment was scrubbed").role())
                .as("role of the scrubbed attachment notice")
                .isEqualTo(BlockRole.ARCHIVE_FOOTER);
    }

    @Test
    void seed_evidence_points_the_analyst_to_the_attribution_and_the_lead_in() {
        ParsedMessage seed = seed();

        Blocks blocks = new Blocks(seed.body(), sut.segment(seed.body(), seed.posterName()));

        assertThat(blocks.containing("Work of the 1net dialogue").evidence())
                .as("evidence for the first depth-2 quote")
                .isEqualTo("On 12/11/13 22:09, Joana Varon wrote:");
        assertThat(blocks.containing("that to all intents and purposes CS").evidence())
                .as("evidence for the last depth-2 quote")
                .isEqualTo("named in the lead-in \"[0] A further reason for this being stated by Michael Gurstein in a "
                        + "different thread:\"");
        assertThat(blocks.containing("So this ties in").evidence())
                .as("evidence for the second depth-1 quote")
                .isEqualTo("continues the quote of Jeremy Malcolm");
    }

    @Test
    void seed_signature_starts_at_the_delimiter_and_the_footer_at_the_next_part_line() {
        ParsedMessage seed = seed();

        Blocks blocks = new Blocks(seed.body(), sut.segment(seed.body(), seed.posterName()));

        assertThat(blocks.textOf(blocks.containing("Senior Policy Officer")))
                .as("text of the signature block")
                .startsWith("> -- \n")
                .endsWith("> instructions, see http://jere.my/l/8m.\n>\n\n");
        assertThat(blocks.textOf(blocks.containing("An HTML attachment was scrubbed")))
                .as("text of the footer block")
                .startsWith("-------------- next part --------------\n")
                .endsWith("More information about the Bestbits mailing list");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "one line",
                "\n\n",
                "\n\nOwn text after blank lines\n",
                "> quote\n\nreply\n> > deeper\n>\n>> deeper still\n-- \nsig\n",
                "On Tue,\n> x\nJoana wrote:\n"
            })
    void blocks_cover_the_body_without_gaps_or_overlaps(String body) {
        List<BodySegment> segments = sut.segment(body, "parminder");

        assertCoverWithoutGaps(body, segments);
    }

    @Test
    void seed_blocks_cover_the_body_without_gaps_or_overlaps() {
        ParsedMessage seed = seed();

        assertCoverWithoutGaps(seed.body(), sut.segment(seed.body(), seed.posterName()));
    }

    @Test
    void quote_markers_count_the_same_with_or_without_spaces_between_them() {
        String body =
                "On Tue, Ann wrote:\n> On Mon, Bob wrote:\n>> joined markers\n> > spaced markers\n > >  indented\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("ATTRIBUTION 0", "ATTRIBUTION 1", "QUOTE 2");
        assertThat(blocks.containing("indented").speakerName())
                .as("speaker of the depth-2 lines")
                .isEqualTo("Bob");
    }

    @Test
    void python_session_pasted_into_own_text_is_the_poster_s_own_text() {
        String body = "Sure you can:\n\n>>> import pickle\n>>> pickle.dumps\n<function dumps at 0x85f22cc>\n>>>\n"
                + "\nSee the docs.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Patrick"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0");
        assertThat(blocks.containing("pickle.dumps").speakerName())
                .as("speaker of the session")
                .isEqualTo("Patrick");
    }

    @Test
    void python_session_with_blank_quoted_lines_between_its_prompts_is_one_block_of_own_text() {
        String body = "Try:\n>>> import foo\n>>\n> >\n>>> foo.bar()\n42\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Patrick"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0");
    }

    @Test
    void python_session_in_a_quote_is_part_of_that_quote() {
        String body = "On Tue, Ann wrote:\n> Try this:\n> >>> f = open('foo', 'w')\n> >>> f.write('bar')\n> 3\n"
                + "\nIt works.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Patrick"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("ATTRIBUTION 0", "QUOTE 1", "OWN_TEXT 0");
        assertThat(blocks.containing("f.write('bar')").speakerName())
                .as("speaker of the quoted session")
                .isEqualTo("Ann");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // A third level of quoting below the second that quoted it.
                "On Tue, Ann wrote:\\n> On Mon, Bob wrote:\\n>> On Sun, Cy wrote:\\n>>> import this\\n | QUOTE 3",
                // Prose, although nothing stands between it and the reply.
                "I said it before:\\n\\n>>> By the way: why not use the peer address?\\n | QUOTE 3",
                // Code indented after the markers: the interpreter's prompt takes no indented code.
                "Ralph wrote:\\n>>>     self.user = deferredResult(user())\\n | QUOTE 3",
                // Lines of code quoted below a quote's markers, the second indented.
                "On Tue, Ann wrote:\\n> Martin wrote:\\n> >>> def lost(self, reason):\\n> >>>         log.msg(reason)\\n | QUOTE 4",
                // Prose that opens like code: a wrapped line after "print", a word with "(s)".
                "I said it before:\\n\\n>>> print the statement and sign it.\\n | QUOTE 3",
                "I said it before:\\n\\n>>> stakeholder(s) should sign it\\n>>> before Friday.\\n | QUOTE 3",
                // Four markers written together are four levels of quoting, not a quoted prompt.
                "On Mon, Bob wrote:\\n>>>> import this\\n | QUOTE 4"
            })
    void third_level_quote_that_is_no_python_session_stays_a_quote(String written, String lastBlock) {
        String body = written.replace("\\n", "\n");

        Blocks blocks = new Blocks(body, sut.segment(body, "Patrick"));

        assertThat(blocks.roles()).as("roles and depths").last().isEqualTo(lastBlock);
    }

    @Test
    void lone_quote_marker_between_two_deeper_runs_does_not_become_a_block() {
        String body = "> On Mon, Bob wrote:\n>> first paragraph\n>\n>> second paragraph\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.texts())
                .as("texts of the blocks")
                .containsExactly("> On Mon, Bob wrote:\n", ">> first paragraph\n>\n>> second paragraph\n");
    }

    @Test
    void quoted_block_is_attributed_to_the_author_named_in_the_attribution_line() {
        String body =
                "On Tue, 12 Nov 2013 at 22:09, Joana Varon <joana at varon.org> wrote:\n> Balance matters.\n\nAgreed.";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.containing("Balance matters").speakerName())
                .as("speaker of the quote")
                .isEqualTo("Joana Varon");
        assertThat(blocks.containing("Agreed").speakerName())
                .as("speaker of the reply")
                .isEqualTo("parminder");
    }

    @Test
    void attribution_wrapped_over_two_lines_is_one_block_naming_the_writer() {
        String body = "> On Tue, Nov 12, 2013 at 10:09 PM,\n> Joana Varon <joana at varon.org> wrote:\n>> Balance.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("ATTRIBUTION 1", "QUOTE 2");
        assertThat(blocks.containing("Balance").speakerName())
                .as("speaker of the quote under the wrapped attribution")
                .isEqualTo("Joana Varon");
        assertThat(blocks.containing("Balance").evidence())
                .as("evidence for the quote under the wrapped attribution")
                .isEqualTo("On Tue, Nov 12, 2013 at 10:09 PM, Joana Varon <joana at varon.org> wrote:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "On Wednesday 13 November 2013 10:47 AM, Jeremy Malcolm wrote:|Jeremy Malcolm",
                "On 12/11/13 22:09, Joana Varon wrote:|Joana Varon",
                "On 12 Nov 2013 22:09 Joana Varon wrote:|Joana Varon",
                "On Nov 12, 2013, at 10:09 PM, \"Varon, Joana\" <joana@varon.org> wrote:|Varon, Joana",
                "On Tue, jeremy at ciroap.org wrote:|jeremy at ciroap.org",
                "Jeremy Malcolm <jeremy@ciroap.org> wrote:|Jeremy Malcolm",
                "On 22 Feb 2010, at 10:25, Wojciech Dec (wdec) wrote:|Wojciech Dec (wdec)",
                "Jeremy Malcolm (jeremy@ciroap.org) wrote:|Jeremy Malcolm",
                "'Jeremy Malcolm' jeremy at ciroap.org wrote:|Jeremy Malcolm",
                "parminder wrote:|parminder",
                "Luiz Fernando de Souza wrote:|Luiz Fernando de Souza",
                "joana varon wrote:|joana varon",
                "Le 12 nov. 2013 à 22:09, Joana Varon a écrit :|Joana Varon",
                "Am 12.11.2013 um 22:09 schrieb Joana Varon <x@y.org>:|Joana Varon",
                "El mar., 12 nov. 2013 a las 22:09, Joana Varon (<x@y.org>) escribió:|Joana Varon",
                "Em 12/11/2013 22:09, Joana Varon <x@y.org> escreveu:|Joana Varon",
                "Il giorno 12 nov 2013, alle ore 22:09, Joana Varon <x@y.org> ha scritto:|Joana Varon",
                "Op 12-11-2013 22:09, Joana Varon schreef:|Joana Varon",
                "Quoting \"Joana Varon\" <joana at varon.org>:|Joana Varon",
                "Joana Varon <joana at varon.org> said:|Joana Varon",
                "2013/11/12 Joana Varon <joana at varon.org>:|Joana Varon",
                "2015-04-29 0:33 GMT+08:00 Louis D. Burr <ldanielburr at me.com>:|Louis D. Burr",
                "2005/11/8, Franz Buchinger <fbuchinger at gmail.com>:|Franz Buchinger",
                "On Tue, 19 Feb 2008 19:14:26 +0530 (IST), Raj kumar <k_r_a_j_kumar at yahoo.co.in> wrote:|Raj kumar",
                // French whose accents the archive turned into question marks.
                "Le 2 mars 2013 ? 04:34, Joana Varon a ?crit :|Joana Varon",
                // Gmail in Russian and Japanese, and Yandex: a date and time, then the writer with an address.
                "Пт, 11 дек. 2020 г. в 12:26, Barry Scott <barry.scott at forcepoint.com>:|Barry Scott",
                "пн, 29 янв. 2018 г., 16:52 Ilya Skriblovsky <ilyaskriblovsky at gmail.com>:|Ilya Skriblovsky",
                "2020年12月11日(金) 12:26 Barry Scott <barry.scott at forcepoint.com>:|Barry Scott",
                "28.01.2017, 02:47, \"Glyph Lefkowitz\" <glyph at twistedmatrix.com>:|Glyph Lefkowitz",
                "On Mon, Dec 7, 2009 at 6:29 AM, Simply4IT<simply4it at gmail.com> wrote:|Simply4IT",
                "On Fri, Dec 11, 2020 at 6:03 PM Barry Scott <barry.scott at forcepoint.com> wrote:|Barry Scott",
                "On Wednesday, 9 December 2020 21:17:51 GMT spam tam wrote:|spam tam",
                "On Sun, Mar 24, 2019, 00:55 Glyph <glyph at twistedmatrix.com> wrote:|Glyph",
                "On Tue, Jan 5, 2010 at 10:30 AM, May Smith wrote:|May Smith",
                "On Tue, Jan 5, 2010 at 10:30 AM May Smith wrote:|May Smith",
                // A name in another script that the archive turned into a question mark.
                "On Mon, Dec 7, 2009 at 6:29 AM, ?<exarkun at twistedmatrix.com> wrote:|exarkun at twistedmatrix.com",
                // HyperKitty's downloads write every address in a body as "user(a)host".
                "On Fri, Dec 11, 2020 at 6:03 PM Barry Scott <barry.scott(a)forcepoint.com> wrote:|Barry Scott",
                "On Mon, Dec 7, 2009 at 6:29 AM, Simply4IT<simply4it(a)gmail.com> wrote:|Simply4IT",
                "Joana Varon <joana(a)varon.org> said:|Joana Varon",
                "On Mon, Dec 7, 2009 at 6:29 AM, ?<exarkun(a)twistedmatrix.com> wrote:|exarkun(a)twistedmatrix.com"
            })
    void attribution_line_gives_just_the_name_of_the_writer(String attribution, String name) {
        String body = attribution + "\n> Quoted words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("ATTRIBUTION 0", "QUOTE 1");
        assertThat(blocks.containing("Quoted words").speakerName())
                .as("speaker of the quote")
                .isEqualTo(name);
    }

    @Test
    void sentence_ending_in_wrote_is_own_text_and_credits_the_quote_below_as_a_lead_in() {
        String body = "Here is what Milton wrote:\n> Quoted words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0", "QUOTE 1");
        assertThat(blocks.containing("Quoted words").speakerName())
                .as("speaker of the quote")
                .isEqualTo("Milton");
        assertThat(blocks.containing("Quoted words").evidence())
                .as("evidence for the quote")
                .isEqualTo("named in the lead-in \"Here is what Milton wrote:\"");
    }

    @Test
    void an_outlook_header_in_french_whose_accents_the_archive_lost_names_the_one_it_was_sent_for() {
        String body = "Merci.\n\n> -----Message d'origine-----\n"
                + "> De : twisted-python-bounces at twistedmatrix.com\n"
                + "> [mailto:twisted-python-bounces at twistedmatrix.com] De la part\n"
                + "> de Jean-Paul Calderone\n"
                + "> Envoy? : lundi 26 janvier 2009 16:23\n"
                + "> ? : Twisted general discussion\n"
                + "> Objet : Re: [Twisted-Python] Write into a persistent connection\n"
                + ">\n> Forwarded words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.containing("Forwarded words").speakerName())
                .as("speaker of the text below the header")
                .isEqualTo("Jean-Paul Calderone");
    }

    @Test
    void an_outlook_header_whose_address_holds_a_linked_copy_of_itself_names_just_the_writer() {
        String body = "Thanks.\n\nFrom: Dijk, Esko <[log in to unmask]<mailto:[log in to unmask]>>\n"
                + "Sent: Friday, December 6, 2019 16:36\nTo: 3GPP_MENTORING\n\nForwarded words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.containing("Forwarded words").speakerName())
                .as("speaker of the text below the header")
                .isEqualTo("Dijk, Esko");
    }

    @Test
    void an_attribution_whose_address_the_archive_masked_opens_a_quote_of_nobody_named() {
        String body = "Agreed.\n\nOn Tue, 3 Dec, 2019, 04:26 , <[log in to unmask]> wrote:\n> Quoted words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0", "ATTRIBUTION 0", "QUOTE 1");
        assertThat(blocks.containing("Quoted words").speakerName())
                .as("speaker of the quote")
                .isNull();
        assertThat(blocks.containing("Quoted words").evidence())
                .as("evidence for the quote")
                .contains("masked");
    }

    @Test
    void a_forwarded_header_whose_masked_address_holds_words_names_the_writer_without_an_address() {
        String body = "Thanks.\n\nFrom: Jens Toobe <[log in to unmask]>\n"
                + "Sent: Friday, December 6, 2019 16:36\nTo: 3GPP_MENTORING\n\nForwarded words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.containing("Forwarded words").speakerName())
                .as("speaker of the text below the header")
                .isEqualTo("Jens Toobe");
        assertThat(blocks.containing("Forwarded words").speakerAddress())
                .as("address of the speaker")
                .isNull();
    }

    @Test
    void supercite_s_header_and_nickname_markers_credit_the_cited_lines_to_their_writer() {
        String body = "Hi Nicola!\n\n>>>>> \"Nicola\" == Nicola Larosa <nico at teknico.net> writes:\n"
                + "Nicola> Terry Jones wrote:\n>> BTW, I spent an interesting morning.\n>> rabbit hole.\n\n"
                + "Nicola> Not me, man, not me.\nNicola>\nNicola> I just use it.\n\nThanks.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Terry Jones"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("OWN_TEXT 0", "ATTRIBUTION 0", "ATTRIBUTION 1", "QUOTE 2", "QUOTE 1", "OWN_TEXT 0");
        assertThat(blocks.speakers())
                .as("speakers")
                .containsExactly(
                        "Terry Jones", "Terry Jones", "Nicola Larosa", "Terry Jones", "Nicola Larosa", "Terry Jones");
        assertThat(blocks.containing("I just use it").evidence())
                .as("evidence for Nicola's words")
                .isEqualTo("continues the quote of Nicola Larosa");
        assertThat(blocks.containing("Terry Jones wrote").speakerAddress())
                .as("address Supercite's header gives")
                .isEqualTo("nico at teknico.net");
    }

    @Test
    void a_supercite_citation_quoted_in_a_reply_is_one_level_deeper() {
        String body = "> >>>>> \"glyph\" == glyph  <glyph at divmod.com> writes:\n>\n"
                + "> glyph> Deferreds don't do anything magic.\n>\n> Ok, got it.\n\nMe too.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Drew"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("ATTRIBUTION 1", "QUOTE 2", "QUOTE 1", "OWN_TEXT 0");
        assertThat(blocks.containing("Deferreds").speakerName())
                .as("speaker of the cited line")
                .isEqualTo("glyph");
        assertThat(blocks.textOf(blocks.containing("Deferreds")))
                .as("the cited line's block")
                .startsWith("> glyph> Deferreds");
    }

    @Test
    void the_bat_s_initials_mark_quoted_lines_below_its_you_wrote_line() {
        String body = "Hello Itamar,\n\nTuesday, April 22, 2003, 10:48:27 PM, you wrote:\n\n"
                + "IST> 1. Do you require Python 2.1 support in Twisted?\nIST> How problematic would a switch be?\n\n"
                + "2.1 is not required.\n\nSQL> select 1;\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Andrey"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0", "QUOTE 1", "OWN_TEXT 0");
        assertThat(blocks.textOf(blocks.containing("2.1 is not required")))
                .as("own text after the quote, with a prompt whose letters no quoted line opened with")
                .endsWith("SQL> select 1;\n");
    }

    @Test
    void a_prompt_that_looks_like_a_nickname_marker_stays_own_text_unless_a_header_gives_that_nickname() {
        String body = ">>>>> \"JP\" == Jean-Paul Calderone <exarkun at divmod.com> writes:\n"
                + "JP> Use the reactor.\n\nI did:\n\nmysql> select count(*) from users;\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Drew"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("ATTRIBUTION 0", "QUOTE 1", "OWN_TEXT 0");
        assertThat(blocks.containing("mysql>").speakerName())
                .as("speaker of the prompt's line")
                .isEqualTo("Drew");
    }

    @Test
    void a_line_the_archive_escaped_as_from_is_the_poster_s_own_line() {
        String body = "Thanks for the patch.\n\n>From a simple grep I think I've covered everything.\n"
                + "Anything else should be easy.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Itamar"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0");
    }

    @Test
    void an_escaped_from_line_inside_a_quote_is_part_of_the_quote() {
        String body = "On Mon, Ann wrote:\n> I looked.\n> >From memory, it is also possible.\n> Done.\n\nGood.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Bob"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("ATTRIBUTION 0", "QUOTE 1", "OWN_TEXT 0");
        assertThat(blocks.containing("From memory").speakerName())
                .as("speaker of the line")
                .isEqualTo("Ann");
    }

    @Test
    void a_from_line_right_below_an_attribution_stays_quoted() {
        String body = "On Sat, 30 Sep 2006, Manlio Perillo wrote:\n>From the msdn:\n\nYep, it is unfortunate.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Glyph"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("ATTRIBUTION 0", "QUOTE 1", "OWN_TEXT 0");
    }

    @Test
    void a_from_line_in_a_quote_whose_markers_run_into_the_text_stays_quoted() {
        String body = "Hi again\n\n>From the Protocol object, the .transport offers\n>getHost() and getPeer().\n\n"
                + "Thanks\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Bob"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0", "QUOTE 1", "OWN_TEXT 0");
    }

    @Test
    void the_new_lines_of_a_pasted_diff_are_the_poster_s_not_a_quote() {
        String body = "Here is the patch:\n\n26c30\n< <P>Currently, the row module requires PostgreSQL.</P>\n---\n"
                + "> <p>Currently, the row module requires PostgreSQL.</p>\n62c66,67\n<     rowFactory = [f]</PRE>\n"
                + "---\n>     rowFactory = [f]\n> </pre>\n\n> A real quote below the patch.\n\nDave\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Dave"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0", "QUOTE 1", "OWN_TEXT 0");
        assertThat(blocks.containing("</pre>").speakerName())
                .as("speaker of the patch")
                .isEqualTo("Dave");
    }

    @Test
    void eudora_s_attribution_line_opens_the_quotes_it_answers_inline() {
        String body = "At 02:42 PM 7/28/03 -0400, Shane Hathaway wrote:\n>That sounds great.\n\nIt is.\n\n"
                + ">Do you have a ViewCVS link?\n\nYes.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Phillip J. Eby"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("ATTRIBUTION 0", "QUOTE 1", "OWN_TEXT 0", "QUOTE 1", "OWN_TEXT 0");
        assertThat(blocks.containing("ViewCVS").speakerName())
                .as("speaker of the second quote")
                .isEqualTo("Shane Hathaway");
    }

    @Test
    void an_attribution_without_a_space_after_the_time_names_the_writer_not_the_time() {
        String body = "At 2013-09-17 20:14:08,exarkun at twistedmatrix.com wrote:\n>Use a deferred.\n\nThanks.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "wuzhigao"));

        assertThat(blocks.containing("Use a deferred").speakerName())
                .as("speaker of the quote")
                .isEqualTo("exarkun at twistedmatrix.com");
    }

    @Test
    void a_lead_in_in_the_first_person_credits_the_quote_to_its_own_writer() {
        String body = "Here is the paragraph I sent to the list last week:\n\n"
                + "> The peak structure should be small and elected.\n\n"
                + "On Mon, Avri Doria wrote:\n> As I wrote last year:\n>> Keep it small.\n> Still true.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Milton Mueller"));

        assertThat(blocks.containing("The peak structure").speakerName())
                .as("speaker of the poster's own earlier words")
                .isEqualTo("Milton Mueller");
        assertThat(blocks.containing("The peak structure").evidence())
                .as("evidence")
                .endsWith("quotes its own writer");
        assertThat(blocks.containing("Keep it small").speakerName())
                .as("speaker of the words Avri quoted from herself")
                .isEqualTo("Avri Doria");
    }

    @Test
    void a_lead_in_in_the_first_person_that_goes_on_to_another_speaker_names_nobody() {
        String body = "I wrote to Joana and she replied:\n\n> Fine by me.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Milton Mueller"));

        assertThat(blocks.containing("Fine by me").speakerName())
                .as("speaker of the reply quoted")
                .isNull();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void lines_built_to_make_the_new_patterns_backtrack_are_read_in_seconds() {
        String body = ">>>>> \"a\" == x" + " ".repeat(100_000) + "y\n"
                + "On " + "1,a".repeat(50_000) + " wrote:\n> Quoted.\n\n"
                + "From: Mallory <" + "a ".repeat(20_000) + "a>\nSent: Friday, December 6, 2019 16:36\n\nForwarded.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Mallory"));

        assertThat(blocks.containing("Quoted").role())
                .as("role of the last line")
                .isEqualTo(BlockRole.QUOTE);
    }

    @Test
    void sentence_ending_in_an_address_without_a_time_before_it_is_no_attribution() {
        String body = "Send your comments on the 2013 draft to Joana Varon <joana at varon.org>:\n> Quoted words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0", "QUOTE 1");
    }

    @Test
    void sentence_opening_with_on_but_without_a_date_is_no_attribution() {
        String body = "On the other hand, as Milton wrote:\n> Quoted words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0", "QUOTE 1");
        assertThat(blocks.containing("Quoted words").speakerName())
                .as("speaker of the quote below the lead-in")
                .isEqualTo("Milton");
    }

    @Test
    void attribution_wrapped_over_three_lines_is_one_block_naming_the_writer() {
        String body = "On Dec 16, 2011, at 12:47 PM, Corey Donohoe\n<corey at example.com>\nwrote:\n\n> Fixed?\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("ATTRIBUTION 0", "QUOTE 1");
        assertThat(blocks.containing("Fixed").speakerName())
                .as("speaker of the quote")
                .isEqualTo("Corey Donohoe");
    }

    @Test
    void unmarked_original_below_an_outlook_header_is_quoted_from_the_person_the_list_sent_it_for() {
        String body = "Filed.\n\n-----Original Message-----\nFrom: list-bounces at example.org\n"
                + "[mailto:list-bounces at example.org] On Behalf Of\nexarkun at example.org\nSent: Saturday\n\n"
                + "On 05:21 am, alec at example.org wrote:\n>It crashed.\n\nFile a ticket.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Alec"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("OWN_TEXT 0", "FORWARDED_HEADER 0", "ATTRIBUTION 1", "QUOTE 2", "QUOTE 1");
        assertThat(blocks.containing("It crashed").speakerName())
                .as("speaker of the quote inside the original")
                .isEqualTo("alec at example.org");
        assertThat(blocks.containing("File a ticket").speakerName())
                .as("speaker of the original")
                .isEqualTo("exarkun at example.org");
    }

    @Test
    void an_address_after_the_time_is_the_writer_although_it_holds_digits_and_at() {
        String body = "On 02:15 am, mebly5343 at gmail.com wrote:\n> It crashed.\n\nFile it.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Jean-Paul"));

        assertThat(blocks.containing("It crashed").speakerName())
                .as("speaker of the quote")
                .isEqualTo("mebly5343 at gmail.com");
    }

    @Test
    void an_address_as_hyperkitty_writes_it_after_the_time_is_the_writer() {
        String body = "On 02:15 am, mebly5343(a)gmail.com wrote:\n> It crashed.\n\nFile it.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Jean-Paul"));

        assertThat(blocks.containing("It crashed")).as("speaker of the quote").satisfies(block -> {
            assertThat(block.speakerName()).isEqualTo("mebly5343(a)gmail.com");
            assertThat(block.speakerAddress()).isEqualTo("mebly5343(a)gmail.com");
        });
    }

    @Test
    void an_address_that_gmail_repeated_as_a_script_is_the_writer_when_the_archive_lost_the_name() {
        String body = "On Thursday, March 16, 2017, ????? ????????? <roman at example.ru\n"
                + "<javascript:_e(%7B%7D,'cvml','roman at example.ru');>> wrote:\n\n>\n> It crashed.\n\nFile it.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Glyph"));

        assertThat(blocks.containing("It crashed"))
                .as("speaker of the quote, whose name the archive lost")
                .satisfies(block -> {
                    assertThat(block.speakerName()).isEqualTo("roman at example.ru");
                    assertThat(block.speakerAddress()).isEqualTo("roman at example.ru");
                });
    }

    @Test
    void an_address_after_a_date_without_a_time_is_the_writer_also_when_wrapped() {
        String body = "On Fri, 6 Jul 2001 carmstro at example.com wrote:\n\n> It crashed.\n\n"
                + "On Tue, 4 Sep 2001 16:47:55 +1000\nChris.Hadgis at example.com wrote:\n\n> It hangs.\n\n"
                + "On 31 Aug 2005 06:03:00 -0700, n00m <n00m at example.ru> wrote:\n\n> It stops.\n\nAll filed.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Glyph"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly(
                        "ATTRIBUTION 0",
                        "QUOTE 1",
                        "ATTRIBUTION 0",
                        "QUOTE 1",
                        "ATTRIBUTION 0",
                        "QUOTE 1",
                        "OWN_TEXT 0");
        assertThat(blocks.containing("It crashed").speakerName()).isEqualTo("carmstro at example.com");
        assertThat(blocks.containing("It hangs").speakerName()).isEqualTo("Chris.Hadgis at example.com");
        assertThat(blocks.containing("It stops").speakerName())
                .as("a name with digits is no date")
                .isEqualTo("n00m");
    }

    @Test
    void a_from_field_ends_where_a_field_the_archive_mangled_starts() {
        String body = "Thank you!\n\n  ----- Message d'origine ----- \n  De : Sebastian Schulze \n"
                + "  ? : Twisted general discussion \n  Envoy? : 9 ao?t 2006 10:20\n  Objet : Re: service\n\n\n"
                + "  Don't know about a twisted way.\n\n"
                + "  ----- Original Message ----- \n  De : glyph at divmod.com\n"
                + "  ? : Twisted general discussion <twisted-python at twistedmatrix.com>\n"
                + "  Envoy? : 9 ao?t 2006 11:20\n\n\n  Nor do I.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Mona"));

        assertThat(blocks.containing("Don't know").speakerName())
                .as("speaker of the original")
                .isEqualTo("Sebastian Schulze");
        assertThat(blocks.containing("Nor do I"))
                .as("speaker of the original whose mangled To: field gives the list's address")
                .satisfies(block -> {
                    assertThat(block.speakerName()).isEqualTo("glyph at divmod.com");
                    assertThat(block.speakerAddress()).isEqualTo("glyph at divmod.com");
                });
    }

    @Test
    void a_quoted_list_footer_is_a_footer_at_its_depth_and_nobody_speaks_it() {
        String body = "On 10/21/2013 07:35 AM, Robert wrote:\n> It hangs.\n>\n"
                + "> _______________________________________________\n> Twisted-Python mailing list\n"
                + "> Twisted-Python at twistedmatrix.com\n> http://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\n"
                + "\nRun it in a thread.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Itamar"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("ATTRIBUTION 0", "QUOTE 1", "ARCHIVE_FOOTER 1", "OWN_TEXT 0");
        assertThat(blocks.containing("It hangs").speakerName()).isEqualTo("Robert");
        assertThat(blocks.containing("mailing list").speakerName())
                .as("the footer's speaker")
                .isNull();
    }

    @Test
    void a_quoted_list_footer_whose_address_a_client_linked_is_a_footer_to_its_end() {
        String body = "Thomas wrote:\n> It hangs.\n> _______________________________________________\n"
                + "> Twisted-Python mailing list\n"
                + "> Twisted-Python at twistedmatrix.com[mailto:Twisted-Python at twistedmatrix.com]\n"
                + "> https://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\n\nRun it in a thread.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Itamar"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("ATTRIBUTION 0", "QUOTE 1", "ARCHIVE_FOOTER 1", "OWN_TEXT 0");
    }

    @Test
    void the_end_of_an_address_whose_start_wrapped_away_names_nobody() {
        String body = "Jean-Paul Calderone <exarkun <at> divmod.com> writes:\n\n> \n"
                + "> On Mon, 9 Apr 2007 14:33:26 +0000 (UTC), Michael Hudson <micahel <at>\n"
                + "gmail.com> wrote:\n> >Jean-Paul Calderone <exarkun <at> divmod.com> writes:\n> >\n"
                + "> >> It crashed.\n> \n> File it.\n\nFiled.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Jean-Paul"));

        assertThat(blocks.segments())
                .as("no block is said to be gmail.com>'s")
                .noneMatch(segment -> "gmail.com>".equals(segment.speakerName()));
    }

    @Test
    void a_from_field_with_the_name_in_brackets_after_the_address_names_the_writer_decoded() {
        String body = "Forwarded.\n\n-------- Original Message --------\nSubject: Re: Twisted docs\n"
                + "Date: 2 Sep 2002 02:51:06 -0700\n"
                + "From: Martin.Moellenbeck at t-online.de (=?ISO-8859-1?Q?Martin_M=F6llenbeck?=)\n\n"
                + "The docs are fine.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Itamar"));

        assertThat(blocks.containing("The docs are fine"))
                .as("speaker of the original")
                .satisfies(block -> {
                    assertThat(block.speakerName()).isEqualTo("Martin Möllenbeck");
                    assertThat(block.speakerAddress()).isEqualTo("Martin.Moellenbeck at t-online.de");
                });
    }

    @Test
    void a_name_in_bold_after_on_behalf_of_is_read_without_the_bold_marks() {
        String body = "Danke.\n\n> *Von:* list-bounces at example.org [mailto:\n"
                + "> list-bounces at example.org] *Im Auftrag von *Robert\n> Voigtländer\n"
                + "> *Gesendet:* Montag, 21. Oktober 2013 13:57\n> *An:* Twisted general discussion\n>\n"
                + "> Thanks for the fast reply.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Tobias"));

        assertThat(blocks.containing("Thanks for the fast reply").speakerName())
                .as("speaker of the original")
                .isEqualTo("Robert Voigtländer");
    }

    @Test
    void an_outlook_header_double_spaced_by_a_conversion_from_html_names_the_writer_of_the_original() {
        String body = "Agreed.\n\n-----Original Message-----\n\nFrom: ancp-bounces at ietf.org\n\n"
                + "[mailto:ancp-bounces at ietf.org] On Behalf Of\n\nFrancois Le Faucheur\n\n"
                + "Sent: Tuesday, March 30, 2010 8:03 AM\n\nTo: ancp at ietf.org\n\n"
                + "Subject: [ANCP] Admitted bandwidth\n\n \n\nFolks,\n\nFollowing up on this item.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Hans"));

        assertThat(blocks.containing("Sent: Tuesday").role())
                .as("role of the fields")
                .isEqualTo(BlockRole.FORWARDED_HEADER);
        assertThat(blocks.containing("Following up on this item").speakerName())
                .as("speaker of the original")
                .isEqualTo("Francois Le Faucheur");
    }

    @Test
    void a_from_field_that_puts_the_address_before_the_name_credits_the_name() {
        String body = "BR,\n\nRuixin\n\n  _____ \n\n \n\n"
                + "From:  <mailto:000000e134e541c5-dmarc-request@LIST.ETSI.ORG> Thorsten Hertel\n\n"
                + "Date: 2019-04-18 23:50\n\nTo:  <mailto:3GPP_TSG_RAN_WG4@LIST.ETSI.ORG> 3GPP_TSG_RAN_WG4\n\n"
                + "Subject: scaled channel model tables\n\nDear NR MIMO OTA'ers,\n\n"
                + "As discussed last week and as captured in the WF\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Ruixin Wang"));

        assertThat(blocks.containing("As discussed last week").speakerName())
                .as("speaker of the original")
                .isEqualTo("Thorsten Hertel");
    }

    @Test
    void underscore_rule_with_from_and_sent_fields_starts_an_outlook_original() {
        String body = "Happy to.\n________________________________\nFrom: Adam Peake [ajp at glocom.ac.jp]\n"
                + "Sent: Wednesday\n\nCould you draft it?\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Ian"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("OWN_TEXT 0", "FORWARDED_HEADER 0", "QUOTE 1");
        assertThat(blocks.containing("Could you draft it").speakerName())
                .as("speaker of the original")
                .isEqualTo("Adam Peake");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Sent from my iPhone", "Sent from my BlackBerry", "Sent from my Verizon Wireless BlackBerry"})
    void phone_sign_off_is_a_signature_that_ends_at_the_attribution_below(String signOff) {
        String body =
                "Agreed.\n\n" + signOff + "\n\nOn Apr 3, 2012, at 4:19 PM, Bob <bob at example.com> wrote:\n> Hi\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("OWN_TEXT 0", "SIGNATURE 0", "ATTRIBUTION 0", "QUOTE 1");
        assertThat(blocks.containing("Hi").speakerName())
                .as("speaker of the quote")
                .isEqualTo("Bob");
    }

    @Test
    void sentence_that_starts_like_a_sign_off_stays_own_text() {
        String body = "Sent from my desk, is much easier than my phone.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0");
    }

    @Test
    void confidence_is_full_for_own_text_lower_for_lead_ins_and_zero_for_unknown_writers() {
        String body = "On Mon, Bob wrote:\n> Named.\n\nAs said by Ann Lee:\n> Led in.\n\nMine:\n> Unknown.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.containing("On Mon").confidence())
                .as("confidence of own text")
                .isEqualTo(1.0);
        assertThat(blocks.containing("Named").confidence())
                .as("confidence of the attributed quote")
                .isBetween(0.8, 0.99);
        assertThat(blocks.containing("Led in").confidence())
                .as("confidence of the quote below a lead-in")
                .isLessThan(blocks.containing("Named").confidence())
                .isPositive();
        assertThat(blocks.containing("Unknown").speakerName())
                .as("speaker of the quote below a lead-in that names nobody")
                .isNull();
        assertThat(blocks.containing("Unknown").confidence())
                .as("confidence of the unknown quote")
                .isZero();
    }

    @Test
    void quote_interrupted_by_a_reply_continues_with_the_same_writer() {
        String body = "On Mon, Bob wrote:\n> First point.\n\nI agree.\n\n> Second point.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.containing("Second point").speakerName())
                .as("speaker of the quote after the reply")
                .isEqualTo("Bob");
        assertThat(blocks.containing("Second point").evidence())
                .as("evidence for the quote after the reply")
                .isEqualTo("continues the quote of Bob");
    }

    @Test
    void flattened_quote_credits_the_words_under_its_attribution_line_to_the_writer_it_names() {
        // Outlook and NetEase quote a reply whole, at one depth: the reply, then the attribution line and the words
        // it introduces, which stand at the same depth instead of one deeper.
        String body = "On Tue, Alex Gaynor wrote:\n> Forwarding this to the security contact.\n>\n"
                + "> On Tue, jabir Mohammed wrote:\n> Wanted to cross check on SHA 512 as MAC.\n\nThanks, both.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "Itamar"));

        assertThat(blocks.containing("Forwarding").speakerName())
                .as("speaker of the quoted reply")
                .isEqualTo("Alex Gaynor");
        assertThat(blocks.containing("Wanted to cross check").speakerName())
                .as("speaker of the words under the attribution line inside the quote")
                .isEqualTo("jabir Mohammed");
    }

    @Test
    void lead_in_with_a_name_credits_the_quote_directly_below_it() {
        String body = "As was said by Anriette Esterhuysen last week:\n\n> Resources come first.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.containing("Resources come first").speakerName())
                .as("speaker of the quote below the lead-in")
                .isEqualTo("Anriette Esterhuysen");
    }

    @Test
    void lead_in_with_a_name_does_not_credit_a_quote_further_down() {
        String body = "As was said by Anriette Esterhuysen last week:\n>> Deeper.\n> Resources come first.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.containing("Resources come first").speakerName())
                .as("speaker of the quote that is not directly below the lead-in")
                .isNull();
    }

    @Test
    void signature_runs_from_the_delimiter_until_the_quote_depth_changes() {
        String body = "Thanks.\n-- \nparminder\n\nIT for Change\n> On Mon, Bob wrote:\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.texts())
                .as("texts of the blocks")
                .containsExactly("Thanks.\n", "-- \nparminder\n\nIT for Change\n", "> On Mon, Bob wrote:\n");
        assertThat(blocks.containing("IT for Change").speakerName())
                .as("speaker of the signature")
                .isNull();
        assertThat(blocks.containing("IT for Change").evidence())
                .as("evidence for the signature")
                .isEqualTo("signature");
    }

    @Test
    void signature_delimiter_without_trailing_space_also_starts_a_signature() {
        String body = "Thanks.\n--\nparminder\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0", "SIGNATURE 0");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "_______________________________________________\nbestbits mailing list\n",
                "More information about the Bestbits mailing list"
            })
    void list_footer_runs_to_the_end_of_the_body(String footer) {
        String body = "Thanks.\n-- \nparminder\n" + footer;

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.texts()).as("texts of the blocks").containsExactly("Thanks.\n", "-- \nparminder\n", footer);
        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("OWN_TEXT 0", "SIGNATURE 0", "ARCHIVE_FOOTER 0");
    }

    @Test
    void outlook_rule_of_underscores_is_not_mistaken_for_the_list_footer() {
        String body = "Thanks.\n________________________________\nMore text.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles()).as("roles and depths").containsExactly("OWN_TEXT 0");
    }

    @Test
    void forwarded_message_header_is_nobody_s_statement_and_the_text_below_it_is_quoted_from_its_sender() {
        String body = "FYI.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\nTo: list\nSubject: 1net\n\n"
                + "Forwarded words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.texts())
                .as("texts of the blocks")
                .containsExactly(
                        "FYI.\n\n",
                        "-----Original Message-----\nFrom: Bob\nSent: Monday\nTo: list\nSubject: 1net\n\n",
                        "Forwarded words.\n");
        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("OWN_TEXT 0", "FORWARDED_HEADER 0", "QUOTE 1");
        assertThat(blocks.containing("From: Bob").speakerName())
                .as("speaker of the forwarded header")
                .isNull();
        assertThat(blocks.containing("Forwarded words").speakerName())
                .as("speaker of the text below the header")
                .isEqualTo("Bob");
    }

    @Test
    void an_original_forwarded_inside_another_is_quoted_one_level_deeper_and_credited_to_its_own_sender() {
        String body = "FYI.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\nTo: list\n\nBob's words.\n\n"
                + "-----Original Message-----\nFrom: Carol\nSent: Sunday\nTo: Bob\nSubject: 1net\n\nCarol's words.\n";

        Blocks blocks = new Blocks(body, sut.segment(body, "parminder"));

        assertThat(blocks.roles())
                .as("roles and depths")
                .containsExactly("OWN_TEXT 0", "FORWARDED_HEADER 0", "QUOTE 1", "FORWARDED_HEADER 1", "QUOTE 2");
        assertThat(blocks.containing("From: Carol").end())
                .as("end of the inner header")
                .isEqualTo(body.indexOf("Carol's words."));
        assertThat(List.of(
                        blocks.containing("Bob's words").speakerName(),
                        blocks.containing("Carol's words").speakerName()))
                .as("speakers of the two originals")
                .containsExactly("Bob", "Carol");
    }

    private static void assertCoverWithoutGaps(String body, List<BodySegment> segments) {
        if (body.isEmpty()) {
            assertThat(segments).as("blocks of an empty body").isEmpty();
            return;
        }
        assertThat(segments.getFirst().start()).as("start of the first block").isZero();
        assertThat(segments.getLast().end()).as("end of the last block").isEqualTo(body.length());
        for (int i = 0; i + 1 < segments.size(); i++) {
            assertThat(segments.get(i).end())
                    .as("end of block %d is the start of the next", i)
                    .isEqualTo(segments.get(i + 1).start());
        }
        for (BodySegment segment : segments) {
            assertThat(segment.start() == 0 || body.charAt(segment.start() - 1) == '\n')
                    .as("block at %d starts at a line start", segment.start())
                    .isTrue();
            assertThat(segment.end())
                    .as("end of the block at %d", segment.start())
                    .isGreaterThan(segment.start());
        }
    }

    private static ParsedMessage seed() {
        try (InputStream in = BodySegmenterTest.class.getResourceAsStream(SEED)) {
            assertThat(in).as("seed on the test classpath").isNotNull();
            return new PipermailPageReader().read("seed.txt", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The segmenter's answer with the body, so that tests can talk about blocks by their text. */
}
