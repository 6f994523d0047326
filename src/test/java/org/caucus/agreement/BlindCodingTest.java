package org.caucus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caucus.coding.StanceQualifier.OPPOSES;
import static org.caucus.coding.StanceQualifier.SUPPORTS;

import java.util.List;
import org.caucus.IntegrationTest;
import org.caucus.Memberships;
import org.caucus.QuotingThreadProject;
import org.caucus.SignIn;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.CodedMessages;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageChange;
import org.caucus.coding.PassageHistory;
import org.caucus.corpus.CodedState;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageListRow;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Alice and Bob code the first message of the liaison thread in a blind project; Olga, the owner,
 * reveals their work. Each works signed in as themselves, a member of the project in their role.
 */
@IntegrationTest
@Import({CodedThread.class, QuotingThreadProject.class})
class BlindCodingTest {

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BlindCoding sut;

    @Autowired
    CodingService coding;

    @Autowired
    PassageHistory history;

    @Autowired
    CorpusService corpus;

    @Autowired
    CodedThread thread;

    @Autowired
    CodedMessages codedMessages;

    @Autowired
    CodebookService codebook;

    CodedThread.Fixture fixture;
    long messageId;

    @BeforeEach
    void codeBlind() {
        fixture = thread.create();
        long projectId = fixture.project().getId();
        Memberships.grant(jdbc, projectId, "alice", "CODER");
        Memberships.grant(jdbc, projectId, "bob", "CODER");
        Memberships.grant(jdbc, projectId, "olga", "OWNER");
        Memberships.grant(jdbc, projectId, "carol", "CODER");
        messageId = fixture.thread().messages().getFirst().id();
        sut.setBlindCoding(fixture.project().getId(), true);
        as("alice");
        thread.code(fixture, "alice", 0, "We should ask the Brazilian government", fixture.liaison(), SUPPORTS);
        as("bob");
        thread.code(fixture, "bob", 0, "Nobody else can speak for us", fixture.waiting(), OPPOSES);
        thread.code(fixture, "bob", 0, "a direct channel", fixture.liaison(), SUPPORTS);
    }

    private void as(String coder) {
        SignIn.as(application, coder);
    }

    private List<String> codersOfHighlights() {
        return coding.highlights(messageId).stream()
                .map(Highlight::coder)
                .distinct()
                .toList();
    }

    private long passagesOnTheMessageList() {
        return corpus.findMessages(fixture.project(), MessageFilter.EVERYTHING, Pageable.unpaged()).stream()
                .filter(row -> row.id() == messageId)
                .findFirst()
                .orElseThrow()
                .annotationCount();
    }

    @Test
    void before_the_reveal_a_coder_sees_only_their_own_passages_history_and_counts() {
        as("alice");

        assertThat(codersOfHighlights())
                .as("whose passages alice's reader paints")
                .containsExactly("alice");
        assertThat(history.inMessage(messageId))
                .as("whose changes alice's history panel lists")
                .extracting(PassageChange::by)
                .containsOnly("alice");
        assertThat(passagesOnTheMessageList())
                .as("passages counted on alice's message list")
                .isEqualTo(1);

        as("bob");
        assertThat(codersOfHighlights())
                .as("whose passages bob's reader paints")
                .containsExactly("bob");
        assertThat(passagesOnTheMessageList())
                .as("passages counted on bob's message list")
                .isEqualTo(2);
    }

    @Test
    void after_the_owner_reveals_the_coding_everyone_sees_everyone_and_the_reveal_is_recorded() {
        as("olga");
        Project revealed = sut.reveal(fixture.project().getId());

        assertThat(revealed.getCodingRevealedBy()).as("who revealed").isEqualTo("olga");
        assertThat(revealed.getCodingRevealedAt()).as("when").isNotNull();
        as("alice");
        assertThat(codersOfHighlights())
                .as("whose passages alice's reader paints")
                .containsExactlyInAnyOrder("alice", "bob");
        assertThat(history.inMessage(messageId))
                .as("whose changes alice's history panel lists")
                .extracting(PassageChange::by)
                .containsOnly("alice", "bob");
        assertThat(passagesOnTheMessageList())
                .as("passages counted on alice's message list")
                .isEqualTo(3);
    }

    @Test
    void an_open_project_shows_every_coder_and_a_revealed_one_cannot_go_blind_again() {
        as("olga");
        sut.setBlindCoding(fixture.project().getId(), false);
        as("alice");
        assertThat(codersOfHighlights()).as("an open project").containsExactlyInAnyOrder("alice", "bob");

        as("olga");
        sut.setBlindCoding(fixture.project().getId(), true);
        sut.reveal(fixture.project().getId());
        assertThatThrownBy(() -> sut.setBlindCoding(fixture.project().getId(), true))
                .as("blind again after the reveal")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("revealed by olga");
    }

    @Test
    void search_filters_do_not_tell_a_coder_which_messages_the_others_coded_before_the_reveal() {
        long projectId = fixture.project().getId();
        as("carol");

        assertThat(codedMessages.messageIds(projectId, null))
                .as("messages carol, who coded nothing, may filter as coded")
                .isEmpty();
        assertThat(codedMessages.messageIds(projectId, fixture.liaison()))
                .as("messages carol may filter as coded with the liaison position")
                .isEmpty();
        assertThat(codedMessages.passagesIn(projectId, List.of(messageId)))
                .as("passages counted beside carol's search hits")
                .isEmpty();

        as("olga");
        sut.reveal(projectId);
        as("carol");
        assertThat(codedMessages.messageIds(projectId, null))
                .as("after the reveal")
                .containsExactly(messageId);
        assertThat(codedMessages.passagesIn(projectId, List.of(messageId)))
                .as("after the reveal")
                .containsEntry(messageId, 3L);
    }

    @Test
    void the_message_lists_coded_filters_see_only_a_coders_own_passages_before_the_reveal() {
        long projectId = fixture.project().getId();
        MessageFilter coded = MessageFilter.EVERYTHING.withCoded(CodedState.CODED);
        MessageFilter uncoded = MessageFilter.EVERYTHING.withCoded(CodedState.UNCODED);
        MessageFilter waiting = MessageFilter.EVERYTHING.withPositionId(fixture.waiting());

        as("carol");
        assertThat(listed(coded))
                .as("messages carol, who coded nothing, lists as coded")
                .isEmpty();
        assertThat(listed(uncoded)).as("messages carol lists as uncoded").hasSize(3);
        assertThat(corpus.countMessages(fixture.project(), uncoded))
                .as("uncoded messages carol counts")
                .isEqualTo(3);
        as("alice");
        assertThat(listed(coded)).as("messages alice lists as coded").containsExactly(messageId);
        assertThat(listed(waiting))
                .as("messages alice lists as coded with bob's position")
                .isEmpty();
        as("bob");
        assertThat(listed(waiting))
                .as("messages bob lists as coded with his position")
                .containsExactly(messageId);
        assertThat(corpus.countMessages(fixture.project(), coded))
                .as("coded messages bob counts")
                .isEqualTo(1);

        as("olga");
        sut.reveal(projectId);
        as("carol");
        assertThat(listed(waiting)).as("after the reveal").containsExactly(messageId);
        assertThat(listed(uncoded)).as("after the reveal").hasSize(2);
    }

    private List<Long> listed(MessageFilter filter) {
        return corpus.findMessages(fixture.project(), filter, Pageable.unpaged()).stream()
                .map(MessageListRow::id)
                .toList();
    }

    @Test
    void the_codebook_counts_only_a_coders_own_passages_before_the_reveal_but_a_deletion_warns_of_all() {
        long projectId = fixture.project().getId();
        as("alice");
        assertThat(passagesShownInTheCodebook(fixture.liaison()))
                .as("liaison passages in alice's codebook")
                .isEqualTo(1);
        assertThat(passagesShownInTheCodebook(fixture.waiting()))
                .as("waiting passages in alice's codebook")
                .isZero();
        as("carol");
        assertThat(passagesShownInTheCodebook(fixture.liaison()))
                .as("liaison passages in the codebook of carol, who coded nothing")
                .isZero();

        as("olga");
        assertThat(codebook.passagesCodedWith(fixture.liaison()))
                .as("passages a deletion of the liaison position would remove, as the owner is warned")
                .isEqualTo(2);
        sut.reveal(projectId);
        as("alice");
        assertThat(passagesShownInTheCodebook(fixture.liaison()))
                .as("liaison passages in alice's codebook after the reveal")
                .isEqualTo(2);
    }

    private long passagesShownInTheCodebook(long positionId) {
        return codebook.codebook(fixture.project().getId()).stream()
                .flatMap(issue -> issue.positions().stream())
                .filter(position -> position.id() == positionId)
                .findFirst()
                .orElseThrow()
                .passages();
    }

    @Test
    void somebody_outside_the_project_reads_no_passages_of_its_messages() {
        as("mallory");

        assertThatThrownBy(this::codersOfHighlights)
                .as("a message of a project mallory does not belong to")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_owner_turns_blind_coding_off_or_reveals_it() {
        as("alice");

        assertThatThrownBy(() -> sut.reveal(fixture.project().getId()))
                .as("a coder revealing")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sut.setBlindCoding(fixture.project().getId(), false))
                .as("a coder opening the project")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codersOfHighlights()).as("still blind").containsExactly("alice");
    }
}
