package org.caucus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.corpus.CorpusService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Jeremy's message (the third) quotes, re-wrapped, a sentence Anriette first wrote in the first. */
@IntegrationTest
@Import(QuotingThreadProject.class)
class QuotedPassageOriginTest {

    @Autowired
    QuotingThreadProject quotingThread;

    @Autowired
    AnnotationRepository annotations;

    @Autowired
    CorpusService corpus;

    QuotingThreadProject.Fixture fixture;

    @BeforeEach
    void freshProject() {
        fixture = quotingThread.create();
    }

    @Test
    void a_passage_coded_in_a_quote_records_the_origin_message_and_where_it_stands_there() {
        quotingThread.codeFirst(fixture, 2, "channel to civil\n> society.");

        Annotation sut = latest();
        long origin = fixture.messages().getFirst().id();
        String originBody = corpus.read(origin).orElseThrow().body();
        assertThat(sut.getOriginMessageId()).as("origin message").isEqualTo(origin);
        assertThat(originBody.substring(sut.getOriginStart(), sut.getOriginEnd()))
                .as("the passage in the origin, wrapped as Anriette wrote it")
                .isEqualTo("channel to civil society.");
    }

    @Test
    void a_passage_cut_mid_word_is_cut_the_same_way_in_the_origin() {
        quotingThread.codeFirst(fixture, 2, "zilian government for a dir");

        Annotation sut = latest();
        String originBody =
                corpus.read(fixture.messages().getFirst().id()).orElseThrow().body();
        assertThat(originBody.substring(sut.getOriginStart(), sut.getOriginEnd()))
                .as("the passage in the origin")
                .isEqualTo("zilian government for a dir");
    }

    @Test
    void a_passage_coded_where_it_was_written_has_no_origin() {
        quotingThread.codeFirst(fixture, 0, "Nobody else can speak for us at the summit.");

        Annotation sut = latest();
        assertThat(sut.getOriginMessageId()).as("origin message").isNull();
        assertThat(sut.getOriginStart()).as("origin start").isNull();
        assertThat(sut.getOriginEnd()).as("origin end").isNull();
    }

    private Annotation latest() {
        return annotations.findAll().stream()
                .max(Comparator.comparing(Annotation::getId))
                .orElseThrow();
    }
}
