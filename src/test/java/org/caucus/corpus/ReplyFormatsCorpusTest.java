package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caucus.SharedCorpora;
import org.caucus.corpus.importing.EmlReader;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.corpus.importing.ReadOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who speaks where in replies written by many mail clients: the plain-text bodies that GitHub's email_reply_parser is
 * tested on; the HTML replies of Mailgun's talon (Gmail, Outlook 2003 to 2010, Thunderbird, Hotmail, Windows Mail,
 * Yandex, mail.ru); and talon's replies below an Outlook or Yahoo header. Read from {@code ../shared/corpora}, in
 * place.
 */
class ReplyFormatsCorpusTest {

    private static final String POSTER = "The Poster";

    private final BodySegmenter segmenter = new BodySegmenter();

    @ParameterizedTest(name = "{0}: \"{1}\" is {2} by {3}")
    @CsvSource(delimiter = '|', nullValues = "nobody", textBlock = """
            email_1_1.txt                                     | What is the best way to clear a Riak bucket | OWN_TEXT       | The Poster
            email_1_1.txt                                     | riak-users mailing list                     | ARCHIVE_FOOTER | nobody
            email_1_2.txt                                     | What is the best way to clear a Riak bucket | QUOTE          | Abhishek Kona
            email_1_2.txt                                     | You can list the keys for the bucket        | OWN_TEXT       | The Poster
            email_1_3.txt                                     | Having the function would be great          | OWN_TEXT       | The Poster
            email_1_3.txt                                     | You can list the keys for the bucket        | QUOTE          | Russell Brown
            email_1_3.txt                                     | What is the best way to clear a Riak bucket | QUOTE          | Abhishek Kona
            email_1_4.txt                                     | Loader seems to be working well             | QUOTE          | defunkt
            email_1_5.txt                                     | This would be the first bullet point        | OWN_TEXT       | The Poster
            email_1_6.txt                                     | I get proper rendering as well              | OWN_TEXT       | The Poster
            email_1_6.txt                                     | Sent from a magnificent torch of pixels     | SIGNATURE      | nobody
            email_1_6.txt                                     | Was this caching related                    | QUOTE          | Corey Donohoe
            email_1_7.txt                                     | Steps 0-2 are in prod                       | QUOTE          | Chris Wanstrath
            email_1_8.txt                                     | here's some stuff I can write               | QUOTE          | Example Dev
            email_1_8.txt                                     | I will reply under this one                 | OWN_TEXT       | The Poster
            email_1_8.txt                                     | okay?                                       | QUOTE          | Example Dev
            email_1_8.txt                                     | and under this.                             | OWN_TEXT       | The Poster
            email_1_8.txt                                     | going to send you some inline responses     | QUOTE          | Tim Haines
            email_2_1.txt                                     | Outlook with a reply                        | OWN_TEXT       | The Poster
            email_2_1.txt                                     | Dear Google Apps Sync user                  | QUOTE          | Google Apps Sync Team
            email_2_2.txt                                     | A new comment has been added                | QUOTE          | CRM Comments
            email_2_3.txt                                     | A new comment has been added                | QUOTE          | CRM Comments
            email_bullets.txt                                 | how about bullets                           | OWN_TEXT       | The Poster
            email_bullets.txt                                 | Give us an example of how you applied       | QUOTE          | examples@email.goalengine.com
            email_bullets.txt                                 | Joe Smith                                   | SIGNATURE      | nobody
            email_iPhone.txt                                  | Sent from my iPhone                         | SIGNATURE      | nobody
            email_BlackBerry.txt                              | Sent from my BlackBerry                     | SIGNATURE      | nobody
            email_multi_word_sent_from_my_mobile_device.txt   | Sent from my Verizon Wireless BlackBerry    | SIGNATURE      | nobody
            email_sent_from_my_not_signature.txt              | Sent from my desk                           | OWN_TEXT       | The Poster
            email_sig_delimiter_in_middle_of_line.txt         | this is not a signature                     | OWN_TEXT       | The Poster
            correct_sig.txt                                   | rick                                        | SIGNATURE      | nobody
            email_one_is_not_on.txt                           | One outstanding question I had              | OWN_TEXT       | The Poster
            email_one_is_not_on.txt                           | I've found a much better query              | QUOTE          | Dave Tapley
            greedy_on.txt                                     | On your remote host you can run             | OWN_TEXT       | The Poster
            greedy_on.txt                                     | I am having an odd issue                    | QUOTE          | George Plymale
            pathological.txt                                  | I think you're onto something               | OWN_TEXT       | The Poster
            pathological.txt                                  | I think your code is shortening             | QUOTE          | John Sullivan
            email_long_quote.txt                              | I am currently using the Java HTTP API      | OWN_TEXT       | The Poster
            """)
    void plain_text_replies_credit_each_passage_to_its_writer(
            String file, String passage, BlockRole role, String speaker) throws IOException {
        String body = Files.readString(folder().resolve("email_reply_parser").resolve(file))
                .replace("\r\n", "\n");

        BodySegment block = new Blocks(body, segmenter.segment(body, POSTER)).containing(passage);

        assertThat(block.role()).as("role of the block holding \"%s\"", passage).isEqualTo(role);
        assertThat(block.speakerName())
                .as("speaker of the block holding \"%s\"", passage)
                .isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}: the quoted \"Hello! How are you?\" is {1}''s")
    @CsvSource(delimiter = '|', textBlock = """
            gmail.html            | Alexander L
            thunderbird.html      | Alexander L
            yandex_ru.html        | Alexander L
            hotmail.html          | abc@example.com
            ms_outlook_2003.html  | Alexander L
            ms_outlook_2007.html  | Alexander L
            ms_outlook_2010.html  | baz@bar.com
            windows_mail.html     | Alexander L
            mail_ru.html          | Alexander L
            """)
    void html_replies_keep_the_quote_apart_from_the_reply(String file, String quoted) throws IOException {
        ParsedMessage reply = htmlOnly(
                file, Files.readString(folder().resolve("talon/html_replies").resolve(file)));
        Blocks blocks = new Blocks(reply.body(), segmenter.segment(reply.body(), reply.posterName()));

        BodySegment own = blocks.containing("Hi. I am fine.");
        assertThat(own.role()).as("role of the reply").isEqualTo(BlockRole.OWN_TEXT);
        assertThat(own.speakerName()).as("speaker of the reply").isEqualTo(POSTER);
        BodySegment quote = blocks.containing("Hello! How are you?");
        assertThat(quote.role()).as("role of the message replied to").isEqualTo(BlockRole.QUOTE);
        assertThat(quote.speakerName()).as("speaker of the message replied to").isEqualTo(quoted);
    }

    @ParameterizedTest(name = "{0}: \"{2}\" is {3}''s, below a header")
    @CsvSource(delimiter = '|', textBlock = """
            reply-formats/talon/reply-quotations-share-block.eml | Sounds great | New Booking Inquiry       | xxx@example.com
            tricky/44_outlook.eml                                | Hello        | The manager's comment     | xxx@xxx.mailgun.org
            tricky/45_yahoo.eml                                  | Hello        | Hi                        | bob@xxx.mailgun.org
            """)
    void a_reply_credits_the_original_below_its_header_to_the_writer_the_header_names(
            String file, String reply, String original, String writer) throws IOException {
        Path path = SharedCorpora.folder().resolve(file);
        ParsedMessage message = read(path.getFileName().toString(), Files.readAllBytes(path));
        Blocks blocks = new Blocks(message.body(), segmenter.segment(message.body(), message.posterName()));

        assertThat(blocks.containing(reply).speakerName())
                .as("speaker of the reply")
                .isEqualTo(message.posterName());
        BodySegment quoted = blocks.containing(original);
        assertThat(quoted.role()).as("role of the original").isEqualTo(BlockRole.QUOTE);
        assertThat(quoted.speakerName()).as("speaker of the original").isEqualTo(writer);
    }

    private static ParsedMessage htmlOnly(String name, String html) throws IOException {
        String mail = "From: " + POSTER + " <poster@example.com>\nSubject: Re: Test message\n"
                + "Content-Type: text/html; charset=utf-8\n\n" + html;
        return read(name, mail.getBytes(StandardCharsets.UTF_8));
    }

    private static ParsedMessage read(String name, byte[] mail) throws IOException {
        List<ReadOutcome> outcomes = new ArrayList<>();
        new EmlReader().read(name, null, new ByteArrayInputStream(mail), outcomes::add);
        assertThat(outcomes).as("outcomes of reading %s", name).singleElement().isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcomes.getFirst()).message();
    }

    private static Path folder() {
        return SharedCorpora.folder().resolve("reply-formats");
    }
}
