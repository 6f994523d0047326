package org.caucus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.SignIn;
import org.caucus.codebook.CodebookService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ParticipantService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passages of the same speaker and position are written by two transactions at once: the stance
 * totals count both, although each write's recount runs before the other has committed. The
 * second writer is another coder's save, a merge of participants or positions, or a block's new
 * speaker.
 */
@IntegrationTest
@Import(SeedProject.class)
class StanceTotalsUnderConcurrentCodingTest {

    private static final String LIAISON = "we will like to have a direct liaison with the hosts of the";
    private static final String CLEAR = "So we need to make this clear asap, and in the clearest and strongest";
    private static final String JOANA = "a dialogue without governments is not my perfect view of a";

    @Autowired
    CodingService sut;

    @Autowired
    ParticipantService participants;

    @Autowired
    CodebookService codebook;

    @Autowired
    CorpusService corpus;

    @Autowired
    SeedProject seedProject;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext application;

    SeedProject.Fixture seed;
    JdbcTemplate jdbc;
    final ExecutorService writers = Executors.newFixedThreadPool(2);

    @BeforeEach
    void createSeed() {
        seed = seedProject.create();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void stopTheWriters() {
        writers.shutdownNow();
    }

    @Test
    void a_coding_saved_while_another_on_the_same_position_is_uncommitted_is_counted_with_it() throws Exception {
        whileAlicesCodingIsUncommitted(
                request(LIAISON, seed.governments().getId()),
                () -> sut.codeAs("bob", request(CLEAR, seed.governments().getId())));

        assertThat(passagesCounted(seed.governments().getId(), "parminder"))
                .as("passages counted in the stance totals of the position both coded")
                .isEqualTo(2);
    }

    @Test
    void a_participant_merge_while_a_coding_of_the_kept_one_is_uncommitted_counts_both() throws Exception {
        bobHasCoded(JOANA, seed.governments().getId());

        whileAlicesCodingIsUncommitted(
                request(LIAISON, seed.governments().getId()),
                () -> participants.merge(participantNamed("parminder"), participantNamed("Joana Varon")));

        assertThat(passagesCounted(seed.governments().getId(), "parminder"))
                .as("Alice's passage and Bob's, moved by the merge, counted for the kept participant")
                .isEqualTo(2);
    }

    @Test
    void a_block_given_to_the_speaker_of_an_uncommitted_coding_counts_both() throws Exception {
        bobHasCoded(JOANA, seed.governments().getId());

        whileAlicesCodingIsUncommitted(
                request(LIAISON, seed.governments().getId()),
                () -> corpus.setBlockSpeaker(
                        seed.messageId(), blockHolding(JOANA), participantNamed("parminder"), "tester"));

        assertThat(passagesCounted(seed.governments().getId(), "parminder"))
                .as("Alice's passage and Bob's, moved with its block, counted for the block's new speaker")
                .isEqualTo(2);
    }

    @Test
    void a_position_merge_while_a_coding_of_the_kept_one_is_uncommitted_counts_both() throws Exception {
        bobHasCoded(CLEAR, seed.governments().getId());

        whileAlicesCodingIsUncommitted(
                request(LIAISON, seed.liaison().getId()),
                () -> codebook.merge(seed.governments().getId(), seed.liaison().getId()));

        assertThat(passagesCounted(seed.liaison().getId(), "parminder"))
                .as("Alice's passage and Bob's, moved by the merge, counted for the kept position")
                .isEqualTo(2);
    }

    /**
     * Alice codes in a transaction that stays open while {@code other} writes, as the tester. Were the position not
     * held, the other write would finish at once and its recount would miss Alice's passage; held, it waits for her
     * commit, and her wait for it runs out first.
     */
    private void whileAlicesCodingIsUncommitted(CodingRequest alicesCoding, Runnable other) throws Exception {
        CountDownLatch aliceHasCoded = new CountDownLatch(1);
        CountDownLatch otherIsDone = new CountDownLatch(1);
        Future<?> alice = writers.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            SignIn.running(application, "tester", () -> sut.codeAs("alice", alicesCoding));
            aliceHasCoded.countDown();
            await(otherIsDone, 2);
        }));
        await(aliceHasCoded, 30);
        Future<?> writer = writers.submit(() -> {
            try {
                SignIn.running(application, "tester", () -> {
                    other.run();
                    return null;
                });
            } finally {
                otherIsDone.countDown();
            }
        });
        alice.get(30, TimeUnit.SECONDS);
        writer.get(30, TimeUnit.SECONDS);
    }

    private long passagesCounted(long positionId, String speaker) {
        return jdbc.queryForObject(
                "select coalesce(sum(passages), 0) from stance_total where position_id = ? and speaker_id = ?",
                Long.class,
                positionId,
                participantNamed(speaker));
    }

    private long participantNamed(String name) {
        return jdbc.queryForObject(
                "select id from participant where project_id = ? and display_name = ?",
                Long.class,
                seed.project().getId(),
                name);
    }

    private void bobHasCoded(String phrase, long positionId) {
        SignIn.running(application, "tester", () -> sut.codeAs("bob", request(phrase, positionId)));
    }

    private int blockHolding(String phrase) {
        PassageRange range = seed.range(phrase);
        return jdbc.queryForObject(
                "select block_index from message_block where message_id = ? and start_offset <= ? and end_offset >= ?",
                Integer.class,
                seed.messageId(),
                range.start(),
                range.end());
    }

    private CodingRequest request(String phrase, long positionId) {
        return new CodingRequest(seed.messageId(), seed.range(phrase), positionId, StanceQualifier.SUPPORTS, null);
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
