package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Four messages: Parminder Jeet Singh posts; Joána Varón quotes "parminder"; Jeremy Malcolm quotes
 * "VARON, JOANA"; Jeremy Malcolm posts again from a second address.
 */
@IntegrationTest
class ParticipantServiceTest {

    private static final Path ARCHIVE = Path.of("src/test/resources/importing/participants.txt");

    @Autowired
    ParticipantService sut;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    CorpusService corpus;

    @Autowired
    CodingService coding;

    @Autowired
    CodebookService codebook;

    @Autowired
    ProjectService projects;

    Project project;
    List<MessageRow> messages;

    @BeforeEach
    void importTheArchive() {
        project = projects.create("people-" + UUID.randomUUID());
        importer.importPaths(project, List.of(ARCHIVE), ImportProgress.NONE);
        messages = corpus.findMessages(project, Pageable.unpaged()).getContent();
    }

    @Test
    void an_attribution_line_finds_the_poster_whatever_the_case_accents_and_name_order() {
        MessageReading jeremysReply = corpus.read(messages.get(2).id()).orElseThrow();

        assertThat(quote(jeremysReply).speakerId())
                .as("speaker of the quote attributed to 'VARON, JOANA'")
                .isEqualTo(idOf("Joána Varón"));
        assertThat(rows())
                .as("participants: 'parminder' is not silently taken for Parminder Jeet Singh")
                .extracting(ParticipantRow::displayName)
                .containsExactly(
                        "Jeremy Malcolm", "Jeremy Malcolm", "Joána Varón", "parminder", "Parminder Jeet Singh");
    }

    @Test
    void name_variants_and_a_second_address_are_suggested_with_their_reasons() {
        assertThat(sut.mergeSuggestions(project))
                .as("suggestions")
                .extracting(MergeSuggestion::keepName, MergeSuggestion::mergeName, MergeSuggestion::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "Jeremy Malcolm", "Jeremy Malcolm", "both are named \u201cJeremy Malcolm\u201d"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Parminder Jeet Singh",
                                "parminder",
                                "\u201cparminder\u201d is the mailbox name of parminder@itforchange.net"));
    }

    @Test
    void accepting_a_merge_moves_blocks_coded_passages_addresses_and_description_to_the_kept_participant() {
        long parminder = idOf("parminder");
        long singh = idOf("Parminder Jeet Singh");
        sut.describe(parminder, "IT for Change", StakeholderGroup.CIVIL_SOCIETY, "india");
        MessageReading joanasReply = corpus.read(messages.get(1).id()).orElseThrow();
        Highlight coded = code(joanasReply, "We need our own people.");
        assertThat(coded.speaker()).as("speaker coded before the merge").isEqualTo("parminder");

        sut.merge(singh, parminder);

        assertThat(quote(corpus.read(joanasReply.id()).orElseThrow()).speaker())
                .as("speaker of the quote block")
                .isEqualTo("Parminder Jeet Singh");
        assertThat(coding.highlights(joanasReply.id()))
                .as("speaker of the coded passage")
                .extracting(Highlight::speaker)
                .containsExactly("Parminder Jeet Singh");
        assertThat(rows())
                .as("participants")
                .extracting(ParticipantRow::displayName)
                .doesNotContain("parminder");
        assertThat(row(singh)).as("the kept participant").satisfies(kept -> {
            assertThat(kept.organisation()).as("organisation").isEqualTo("IT for Change");
            assertThat(kept.stakeholderGroup()).as("group").isEqualTo(StakeholderGroup.CIVIL_SOCIETY);
            assertThat(kept.country()).as("country").isEqualTo("India");
            assertThat(kept.statements()).as("statements").isEqualTo(1);
        });
        assertThat(sut.mergeSuggestions(project))
                .as("suggestions after the merge")
                .extracting(MergeSuggestion::mergeName)
                .containsExactly("Jeremy Malcolm");
    }

    @Test
    void accepting_a_merge_credits_the_quotes_its_shared_name_left_unknown_with_their_coded_passages() {
        MessageReading joanasReply = joanaQuotingJeremyMalcolm();
        MergeSuggestion jeremy = suggestionFor("Jeremy Malcolm");

        assertThat(sut.merge(jeremy.keepId(), jeremy.mergeId()))
                .as("quotes credited")
                .isEqualTo(1);

        assertThat(quote(corpus.read(joanasReply.id()).orElseThrow()))
                .as("the quote after the merge")
                .satisfies(quote -> {
                    assertThat(quote.speakerId()).as("speaker").isEqualTo(jeremy.keepId());
                    assertThat(quote.evidence()).as("evidence").isEqualTo("Jeremy Malcolm wrote:");
                });
        assertThat(coding.highlights(joanasReply.id()))
                .as("speaker of the coded passage")
                .extracting(Highlight::speaker)
                .containsExactly("Jeremy Malcolm");
    }

    @Test
    void accepting_a_merge_moves_the_messages_and_addresses() {
        MergeSuggestion jeremy = suggestionFor("Jeremy Malcolm");

        sut.merge(jeremy.keepId(), jeremy.mergeId());

        assertThat(row(jeremy.keepId())).as("the kept Jeremy Malcolm").satisfies(kept -> {
            assertThat(kept.messages()).as("messages").isEqualTo(2);
            assertThat(kept.addresses())
                    .as("addresses")
                    .containsExactly("jeremy@ciroap.org", "jeremy@lists.ciroap.org");
        });
        assertThat(messages)
                .as("posters of the messages")
                .extracting(m -> corpus.findMessages(project, Pageable.unpaged()).getContent().stream()
                        .filter(now -> now.id() == m.id())
                        .findFirst()
                        .orElseThrow()
                        .poster())
                .containsExactly("Parminder Jeet Singh", "Joána Varón", "Jeremy Malcolm", "Jeremy Malcolm");
    }

    @Test
    void a_rejected_suggestion_is_not_made_again_even_after_another_import() {
        MergeSuggestion jeremy = suggestionFor("Jeremy Malcolm");

        sut.keepApart(jeremy.mergeId(), jeremy.keepId());
        sut.keepApart(jeremy.keepId(), jeremy.mergeId());
        importer.importPaths(project, List.of(ARCHIVE), ImportProgress.NONE);

        assertThat(sut.mergeSuggestions(project))
                .as("suggestions after rejecting the two Jeremys")
                .extracting(MergeSuggestion::mergeName)
                .containsExactly("parminder");
        assertThat(rows()).as("participants").hasSize(5);
    }

    @Test
    void a_country_that_is_no_country_is_refused_and_nothing_is_changed() {
        long joana = idOf("Joána Varón");
        sut.describe(joana, "  Coding Rights ", StakeholderGroup.CIVIL_SOCIETY, "BR");

        assertThatThrownBy(() -> sut.describe(joana, "Somewhere else", StakeholderGroup.ACADEMIA, "Brazill"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\u201cBrazill\u201d is not a country");
        assertThat(row(joana)).as("Joana after the refusal").satisfies(row -> {
            assertThat(row.organisation()).as("organisation, trimmed").isEqualTo("Coding Rights");
            assertThat(row.stakeholderGroup()).as("group").isEqualTo(StakeholderGroup.CIVIL_SOCIETY);
            assertThat(row.country()).as("country from its ISO code").isEqualTo("Brazil");
        });

        sut.describe(joana, " ", null, "cote d'ivoire");

        assertThat(row(joana)).as("Joana cleared").satisfies(row -> {
            assertThat(row.organisation()).as("blank organisation").isNull();
            assertThat(row.country()).as("country without its accent").isEqualTo("Côte d’Ivoire");
        });
    }

    @Test
    void merging_someone_into_themselves_or_someone_who_is_gone_is_refused() {
        long parminder = idOf("parminder");
        long singh = idOf("Parminder Jeet Singh");

        assertThatThrownBy(() -> sut.merge(singh, singh))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("themselves");
        sut.merge(singh, parminder);
        assertThatThrownBy(() -> sut.merge(singh, parminder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Participant " + parminder + " does not exist");
    }

    @Test
    void merging_chosen_pairs_at_once_follows_someone_merged_by_an_earlier_pair_and_passes_over_pairs_made_one() {
        long singh = idOf("Parminder Jeet Singh");
        long parminder = idOf("parminder");
        long joana = idOf("Joána Varón");
        MergeSuggestion jeremys = suggestionFor("Jeremy Malcolm");
        List<MergeSuggestion> chosen = List.of(
                new MergeSuggestion(singh, "Parminder Jeet Singh", parminder, "parminder", "a reason"),
                new MergeSuggestion(parminder, "parminder", joana, "Joána Varón", "a chain through parminder"),
                jeremys,
                new MergeSuggestion(jeremys.mergeId(), "Jeremy Malcolm", jeremys.keepId(), "Jeremy Malcolm", "again"));

        MergedPairs merged = sut.mergeAll(project, chosen);

        assertThat(merged.participantsMerged()).as("participants merged").isEqualTo(3);
        assertThat(rows())
                .as("participants")
                .extracting(ParticipantRow::id, ParticipantRow::displayName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(jeremys.keepId(), "Jeremy Malcolm"),
                        org.assertj.core.groups.Tuple.tuple(singh, "Parminder Jeet Singh"));
        assertThat(row(singh).messages()).as("messages of the one kept").isEqualTo(2);
    }

    @Test
    void chosen_pairs_with_someone_who_is_gone_are_refused_and_none_of_them_is_merged() {
        long singh = idOf("Parminder Jeet Singh");
        long parminder = idOf("parminder");
        List<MergeSuggestion> chosen = sut.mergeSuggestions(project);
        sut.merge(singh, parminder);

        assertThatThrownBy(() -> sut.mergeAll(project, chosen))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Participant " + parminder + " does not exist");
        assertThat(rows())
                .as("participants")
                .extracting(ParticipantRow::displayName)
                .containsExactly("Jeremy Malcolm", "Jeremy Malcolm", "Joána Varón", "Parminder Jeet Singh");
    }

    @Test
    void chosen_pairs_kept_apart_are_not_suggested_again() {
        sut.keepApartAll(project, sut.mergeSuggestions(project));

        assertThat(sut.mergeSuggestions(project)).as("suggestions").isEmpty();
        assertThat(rows()).as("participants").hasSize(5);
    }

    @Test
    void merging_chosen_pairs_credits_the_quotes_their_shared_names_left_unknown() {
        MessageReading joanasReply = joanaQuotingJeremyMalcolm();
        MergeSuggestion jeremy = suggestionFor("Jeremy Malcolm");

        assertThat(sut.mergeAll(project, List.of(jeremy)).quotesCredited())
                .as("quotes credited")
                .isEqualTo(1);

        assertThat(quote(corpus.read(joanasReply.id()).orElseThrow()).speakerId())
                .as("speaker of the quote after the merge")
                .isEqualTo(jeremy.keepId());
    }

    /**
     * Imports Joana's reply quoting "Jeremy Malcolm", whom two participants go by, and codes a passage of the quote.
     */
    private MessageReading joanaQuotingJeremyMalcolm() {
        String reply = """
                From joana at varon.org  Tue Nov  5 10:00:00 2013
                From: joana at varon.org (Joana Varon)
                Date: Tue, 5 Nov 2013 10:00:00 -0200
                Subject: [bestbits] A peak structure
                Message-ID: <people-5@varon.org>

                Jeremy Malcolm wrote:
                > A peak structure, as I said at the summit, would serve us well.

                Which structure?
                """;
        importer.importStream(
                project,
                "reply.txt",
                new ByteArrayInputStream(reply.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
        long replyId = corpus.findMessages(project, Pageable.unpaged()).stream()
                .filter(row -> row.subject().contains("A peak structure"))
                .findFirst()
                .orElseThrow()
                .id();
        MessageReading joanasReply = corpus.read(replyId).orElseThrow();
        assertThat(quote(joanasReply).speakerId())
                .as("speaker of the quote before the merge: two participants are named Jeremy Malcolm")
                .isNull();
        code(joanasReply, "would serve us well");
        return joanasReply;
    }

    private Highlight code(MessageReading message, String phrase) {
        Issue issue = codebook.addIssue(project, "Who represents civil society?", null);
        long position = codebook.addPosition(issue, "Own representatives", null, "#1f77b4", '1')
                .getId();
        int start = message.body().indexOf(phrase);
        return coding.code(new CodingRequest(
                message.id(),
                new PassageRange(start, start + phrase.length(), phrase),
                position,
                StanceQualifier.SUPPORTS,
                null));
    }

    private MergeSuggestion suggestionFor(String name) {
        return sut.mergeSuggestions(project).stream()
                .filter(s -> s.mergeName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<ParticipantRow> rows() {
        return sut.findParticipants(project, null, Pageable.ofSize(50));
    }

    private ParticipantRow row(long id) {
        return rows().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    private long idOf(String name) {
        return rows().stream()
                .filter(row -> row.displayName().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static MessageReading.BlockReading quote(MessageReading message) {
        return message.blocks().stream()
                .filter(block -> block.role() == BlockRole.QUOTE)
                .findFirst()
                .orElseThrow();
    }
}
