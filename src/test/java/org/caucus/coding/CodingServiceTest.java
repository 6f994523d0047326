package org.caucus.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageReading;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(SeedProject.class)
class CodingServiceTest {

    private static final String JOANA = "a dialogue without governments is not my perfect view of a";

    @Autowired
    CodingService sut;

    @Autowired
    SeedProject seedProject;

    @Autowired
    CorpusService corpus;

    SeedProject.Fixture seed;

    @BeforeEach
    void freshProject() {
        seed = seedProject.create();
    }

    @Test
    void passage_inside_a_double_quote_is_credited_to_the_quoted_speaker_not_the_poster() {
        Highlight coded = sut.code(request(seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS));

        assertThat(coded.speaker()).as("speaker of a >> passage").isEqualTo("Joana Varon");
        assertThat(sut.highlights(seed.messageId()))
                .as("highlights of the message after coding")
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.start()).isEqualTo(seed.body().indexOf(JOANA));
                    assertThat(h.colour()).isEqualTo("#bcbd22");
                    assertThat(h.qualifier()).isEqualTo(StanceQualifier.SUPPORTS);
                });
    }

    @Test
    void unquoted_passage_is_credited_to_the_poster() {
        Highlight coded = sut.code(request(
                seed.range("we will like to have a direct liaison with the hosts of the"),
                seed.liaison().getId(),
                StanceQualifier.SUPPORTS));

        assertThat(coded.speaker()).as("speaker of unquoted text").isEqualTo("parminder");
    }

    @Test
    void offsets_outside_the_message_are_refused_with_the_range_named() {
        int length = seed.body().length();
        PassageRange beyond = new PassageRange(length - 2, length + 5, "xx");

        assertThatThrownBy(() -> sut.code(request(beyond, seed.governments().getId(), StanceQualifier.NEUTRAL)))
                .isInstanceOf(PassageRejectedException.class)
                .hasMessageContaining((length - 2) + "-" + (length + 5))
                .hasMessageContaining("runs 0-" + length);
        assertThat(sut.highlights(seed.messageId()))
                .as("highlights after a refusal")
                .isEmpty();
    }

    @Test
    void selection_whose_text_does_not_match_the_message_is_refused() {
        PassageRange real = seed.range(JOANA);
        PassageRange tampered = new PassageRange(real.start(), real.end(), "governments must be part of it, surely");

        assertThatThrownBy(() -> sut.code(request(tampered, seed.governments().getId(), StanceQualifier.SUPPORTS)))
                .isInstanceOf(PassageRejectedException.class)
                .hasMessageContaining("does not match")
                .hasMessageContaining("a dialogue without governments");
        assertThat(sut.highlights(seed.messageId()))
                .as("highlights after a refusal")
                .isEmpty();
    }

    @Test
    void passage_running_across_two_speakers_is_refused() {
        int start = seed.body().indexOf("interface between civil society");
        int end = seed.body().indexOf("Joana and others") + "Joana and others".length();
        PassageRange across = new PassageRange(start, end, seed.body().substring(start, end));

        assertThatThrownBy(() -> sut.code(request(across, seed.liaison().getId(), StanceQualifier.OPPOSES)))
                .isInstanceOf(PassageRejectedException.class)
                .hasMessageContaining("Jeremy Malcolm")
                .hasMessageContaining("parminder");
    }

    @Test
    void coding_the_same_passage_the_same_way_twice_is_refused() {
        CodingRequest request = request(seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS);
        sut.code(request);

        assertThatThrownBy(() -> sut.code(request))
                .isInstanceOf(PassageRejectedException.class)
                .hasMessageContaining("already coded");
        assertThat(sut.highlights(seed.messageId()))
                .as("highlights after the second attempt")
                .hasSize(1);
    }

    @Test
    void the_same_passage_may_carry_two_positions() {
        sut.code(request(seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS));
        sut.code(request(seed.range(JOANA), seed.liaison().getId(), StanceQualifier.NEUTRAL));

        assertThat(sut.highlights(seed.messageId()))
                .as("overlapping highlights")
                .extracting(Highlight::position)
                .containsExactlyInAnyOrder("Governments take part", "Direct liaison");
    }

    @Test
    void passages_follow_a_speaker_set_by_hand_on_their_block() {
        sut.code(request(seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS));
        MessageReading reading = corpus.read(seed.messageId()).orElseThrow();
        int block = blockIndexOf(reading, seed.body().indexOf(JOANA));
        long michael = corpus.participants(seed.project()).stream()
                .filter(participant -> participant.getDisplayName().equals("Michael Gurstein"))
                .findFirst()
                .orElseThrow()
                .getId();

        corpus.setBlockSpeaker(seed.messageId(), block, michael, "tester");

        assertThat(sut.highlights(seed.messageId()))
                .as("speaker of the coded passage")
                .extracting(Highlight::speaker)
                .containsExactly("Michael Gurstein");
        assertThat(corpus.read(seed.messageId())
                        .orElseThrow()
                        .blocks()
                        .get(block)
                        .evidence())
                .as("evidence of the block")
                .isEqualTo("set by tester");
    }

    @Test
    void an_edit_moves_the_span_changes_position_qualifier_and_memo_and_recredits_the_speaker() {
        Highlight coded = sut.code(request(seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS));
        PassageRange unquoted = seed.range("we will like to have a direct liaison with the hosts of the");

        Highlight edited = sut.edit(
                coded.id(),
                coded.version(),
                new CodingRequest(
                        seed.messageId(), unquoted, seed.liaison().getId(), StanceQualifier.OPPOSES, " second look "));

        assertThat(sut.highlights(seed.messageId()))
                .as("highlights after the edit")
                .containsExactly(edited)
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.start()).as("new start").isEqualTo(unquoted.start());
                    assertThat(h.position()).as("new position").isEqualTo("Direct liaison");
                    assertThat(h.qualifier()).as("new qualifier").isEqualTo(StanceQualifier.OPPOSES);
                    assertThat(h.memo()).as("memo, trimmed").isEqualTo("second look");
                    assertThat(h.speaker()).as("speaker of the new span").isEqualTo("parminder");
                    assertThat(h.coder()).as("coder kept").isEqualTo(coded.coder());
                });
    }

    @Test
    void an_edit_that_cannot_be_coded_is_refused_and_leaves_the_passage_as_it_was() {
        Highlight coded = sut.code(request(seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS));
        PassageRange tampered = new PassageRange(coded.start(), coded.end(), "not what the message says");

        assertThatThrownBy(() -> sut.edit(
                        coded.id(),
                        coded.version(),
                        request(tampered, seed.liaison().getId(), StanceQualifier.NEUTRAL)))
                .isInstanceOf(PassageRejectedException.class)
                .hasMessageContaining("does not match");
        assertThat(sut.highlights(seed.messageId()))
                .as("highlights after the refused edit")
                .containsExactly(coded);
    }

    @Test
    void deleting_removes_the_passage_and_returns_what_it_said() {
        Highlight coded = sut.code(request(seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS));

        CodedPassage removed = sut.delete(coded.id(), coded.version());

        assertThat(removed.request().range()).as("range returned").isEqualTo(seed.range(JOANA));
        assertThat(sut.highlights(seed.messageId()))
                .as("highlights after delete")
                .isEmpty();
        assertThatThrownBy(() -> sut.delete(coded.id(), coded.version()))
                .isInstanceOf(PassageChangedException.class)
                .hasMessageContaining("This passage was deleted by tester at");
    }

    @Test
    void deleting_a_passage_someone_changed_since_is_refused_and_keeps_their_change() {
        Highlight coded = sut.code(request(seed.range(JOANA), seed.governments().getId(), StanceQualifier.SUPPORTS));
        sut.editAs(
                "joana",
                coded.id(),
                coded.version(),
                request(seed.range(JOANA), seed.liaison().getId(), StanceQualifier.OPPOSES));

        assertThatThrownBy(() -> sut.delete(coded.id(), coded.version()))
                .isInstanceOf(PassageChangedException.class)
                .hasMessageContaining("This passage was changed by joana at");
        assertThat(sut.highlights(seed.messageId()))
                .as("the other coder's change, kept")
                .extracting(Highlight::position, Highlight::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Direct liaison", StanceQualifier.OPPOSES));
    }

    private static int blockIndexOf(MessageReading reading, int offset) {
        for (int i = 0; i < reading.blocks().size(); i++) {
            if (reading.blocks().get(i).start() <= offset
                    && offset < reading.blocks().get(i).end()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no block at " + offset);
    }

    private CodingRequest request(PassageRange range, long positionId, StanceQualifier qualifier) {
        return new CodingRequest(seed.messageId(), range, positionId, qualifier, null);
    }
}
