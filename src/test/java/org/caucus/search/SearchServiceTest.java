package org.caucus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CodedState;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.MessageFilter;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SearchServiceTest {

    @Autowired
    SearchService sut;

    @Autowired
    SeedProject seedProject;

    @Autowired
    CodingService coding;

    @Autowired
    BulkCoding bulk;

    @Autowired
    SearchIndex index;

    @Autowired
    ImportHistory history;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    SeedProject.Fixture seed;

    @BeforeEach
    void importSeed() {
        seed = seedProject.create();
    }

    private List<SearchHit> hits(String text, MessageFilter filter) {
        return sut.search(seed.project(), text, filter, 0, 20).hits();
    }

    @Test
    void an_imported_message_is_found_with_each_hit_in_its_context() {
        List<SearchHit> hits = hits("liaison", MessageFilter.EVERYTHING);

        assertThat(hits).as("both places the seed says 'liaison'").hasSize(2);
        SearchHit first = hits.getFirst();
        assertThat(first.match()).as("the matched word, as written").isEqualTo("liaison");
        assertThat(seed.body().substring(first.start(), first.end()))
                .as("offsets of the hit in the message text")
                .isEqualTo("liaison");
        assertThat(first.before()).as("context before the hit").endsWith("others of the interim ");
        assertThat(first.after())
                .as("context after, line breaks as spaces")
                .startsWith(" committee (with Brazil gov for the");
        assertThat(first.speaker()).as("speaker of the block the hit lies in").isEqualTo("parminder");
    }

    /** What the Import page and the command line run: the archive's messages are indexed after they are stored. */
    @Test
    void every_message_of_an_imported_archive_is_found() {
        Project project = projects.create("search-import-" + UUID.randomUUID());
        importer.importPaths(
                project, List.of(Path.of("src/test/resources/importing/2013-November.txt")), ImportProgress.NONE);

        assertThat(sut.search(project, "\"body goes on\"", MessageFilter.EVERYTHING, 0, 20)
                        .hits())
                .as("hits in Alice's message")
                .extracting(SearchHit::match)
                .containsExactly("body goes on");
        assertThat(sut.search(project, "latin", MessageFilter.EVERYTHING, 0, 20).hits())
                .as("hits in Bob's message")
                .hasSize(1);
    }

    @Test
    void a_phrase_is_one_hit_and_a_quoted_hit_names_the_quoted_speaker() {
        List<SearchHit> phrase = hits("\"direct liaison\"", MessageFilter.EVERYTHING);
        assertThat(phrase)
                .extracting(SearchHit::match)
                .as("the phrase as one hit")
                .containsExactly("direct liaison");

        List<SearchHit> quoted = hits("thankfully", MessageFilter.EVERYTHING);
        assertThat(quoted)
                .extracting(SearchHit::speaker)
                .as("a hit in Jeremy's quote")
                .containsExactly("Jeremy Malcolm");
    }

    @Test
    void searches_stay_inside_the_project_and_its_filters() {
        assertThat(hits("liaison", MessageFilter.EVERYTHING.withListName("no-such-list")))
                .as("another list")
                .isEmpty();
        assertThat(hits("liaison", MessageFilter.EVERYTHING.withListName("bestbits")))
                .as("the seed's list")
                .hasSize(2);
        assertThat(hits("liaison", MessageFilter.EVERYTHING.withSentFrom(LocalDate.of(2013, 11, 14))))
                .as("days after the seed")
                .isEmpty();
        assertThat(hits(
                        "liaison",
                        MessageFilter.EVERYTHING
                                .withSentFrom(LocalDate.of(2013, 11, 13))
                                .withSentTo(LocalDate.of(2013, 11, 13))))
                .as("the seed's day, in UTC")
                .hasSize(2);
        assertThat(hits("zanzibar", MessageFilter.EVERYTHING))
                .as("a word nobody wrote")
                .isEmpty();
        long seedsImport = history.of(seed.project().getId()).getFirst().runId();
        assertThat(hits("liaison", MessageFilter.EVERYTHING.withImportRunId(seedsImport)))
                .as("the import that stored the seed")
                .hasSize(2);
        assertThat(hits("liaison", MessageFilter.EVERYTHING.withImportRunId(seedsImport + 1)))
                .as("an import that stored nothing here")
                .isEmpty();
        SeedProject.Fixture other = seedProject.create();
        assertThat(sut.search(other.project(), "liaison", MessageFilter.EVERYTHING, 0, 20)
                        .hits())
                .as("another project's copy of the seed")
                .allSatisfy(hit -> assertThat(hit.messageId()).isEqualTo(other.messageId()));
    }

    @Test
    void coded_and_uncoded_filters_follow_the_coding_without_reindexing() {
        assertThat(hits("liaison", MessageFilter.EVERYTHING.withCoded(CodedState.CODED)))
                .as("nothing coded yet")
                .isEmpty();
        coding.code(new CodingRequest(
                seed.messageId(),
                seed.range("direct liaison"),
                seed.liaison().getId(),
                StanceQualifier.SUPPORTS,
                null));

        assertThat(hits("liaison", MessageFilter.EVERYTHING.withCoded(CodedState.CODED)))
                .as("coded now")
                .hasSize(2)
                .allSatisfy(hit -> assertThat(hit.passages()).isEqualTo(1));
        assertThat(hits("liaison", MessageFilter.EVERYTHING.withCoded(CodedState.UNCODED)))
                .as("no longer uncoded")
                .isEmpty();
        assertThat(hits(
                        "liaison",
                        MessageFilter.EVERYTHING.withPositionId(
                                seed.governments().getId())))
                .as("coded with another position")
                .isEmpty();
        assertThat(hits(
                        "liaison",
                        MessageFilter.EVERYTHING.withPositionId(seed.liaison().getId())))
                .as("coded with this position")
                .hasSize(2);
    }

    @Test
    void hits_coded_in_bulk_are_each_credited_to_their_own_speaker() {
        List<SearchHit> hits = hits("civil society", MessageFilter.EVERYTHING);
        List<SearchHit> chosen = List.of(
                hits.stream()
                        .filter(h -> "Jeremy Malcolm".equals(h.speaker()))
                        .findFirst()
                        .orElseThrow(),
                hits.stream()
                        .filter(h -> "parminder".equals(h.speaker()))
                        .findFirst()
                        .orElseThrow());

        BulkCoding.Outcome outcome =
                bulk.code(chosen, seed.liaison().getId(), StanceQualifier.NEUTRAL, HitSpan.SENTENCE);

        assertThat(outcome.coded()).as("both hits coded").isEqualTo(2);
        List<Highlight> coded = coding.highlights(seed.messageId());
        assertThat(coded)
                .extracting(Highlight::speaker)
                .as("speakers")
                .containsExactlyInAnyOrder("Jeremy Malcolm", "parminder");
        Highlight jeremys = coded.stream()
                .filter(h -> h.speaker().equals("Jeremy Malcolm"))
                .findFirst()
                .orElseThrow();
        assertThat(seed.body().substring(jeremys.start(), jeremys.end()))
                .as("the whole quoted sentence, across its wrapped lines")
                .startsWith("I don't in any way support the 1net dialogue")
                .endsWith("civil society and the Brazil summit.");

        BulkCoding.Outcome again = bulk.code(chosen, seed.liaison().getId(), StanceQualifier.NEUTRAL, HitSpan.SENTENCE);
        assertThat(again.coded()).as("coding the same hits again").isZero();
        assertThat(again.refused())
                .as("each refusal says why")
                .hasSize(2)
                .allSatisfy(refusal -> assertThat(refusal.reason()).contains("already coded"));
    }

    @Test
    void the_matched_words_alone_can_be_coded() {
        SearchHit hit = hits("\"direct liaison\"", MessageFilter.EVERYTHING).getFirst();

        bulk.code(List.of(hit), seed.liaison().getId(), StanceQualifier.SUPPORTS, HitSpan.WORDS);

        Highlight coded = coding.highlights(seed.messageId()).getFirst();
        assertThat(seed.body().substring(coded.start(), coded.end()))
                .as("the passage")
                .isEqualTo("direct liaison");
    }

    @Test
    void the_index_is_rebuilt_whole_from_the_database() {
        index.rebuild();

        assertThat(index.outdated()).as("index after a rebuild").isFalse();
        assertThat(index.incomplete()).as("incomplete after the rebuild").isFalse();
        assertThat(index.whole()).as("whole after the rebuild").isDone();
        assertThat(hits("liaison", MessageFilter.EVERYTHING))
                .as("found after the rebuild")
                .hasSize(2);
    }
}
