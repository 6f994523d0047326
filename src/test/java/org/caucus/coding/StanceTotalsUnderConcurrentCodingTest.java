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
 * Two coders code passages of the same speaker with the same position and qualifier at once: the
 * stance totals count both, although each save's recount runs before the other has committed.
 */
@IntegrationTest
@Import(SeedProject.class)
class StanceTotalsUnderConcurrentCodingTest {

    private static final String LIAISON = "we will like to have a direct liaison with the hosts of the";
    private static final String CLEAR = "So we need to make this clear asap, and in the clearest and strongest";

    @Autowired
    CodingService sut;

    @Autowired
    SeedProject seedProject;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext application;

    SeedProject.Fixture seed;
    final ExecutorService coders = Executors.newFixedThreadPool(2);

    @BeforeEach
    void createSeed() {
        seed = seedProject.create();
    }

    @AfterEach
    void stopTheCoders() {
        coders.shutdownNow();
    }

    @Test
    void a_coding_saved_while_another_on_the_same_position_is_uncommitted_is_counted_with_it() throws Exception {
        CountDownLatch aliceHasCoded = new CountDownLatch(1);
        CountDownLatch bobIsDone = new CountDownLatch(1);

        Future<?> alice = coders.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            SignIn.running(application, "tester", () -> sut.codeAs("alice", request(LIAISON)));
            aliceHasCoded.countDown();
            // Alice's transaction stays open while Bob codes. Were the position not held, Bob would
            // finish now and his recount would miss Alice's passage; held, he waits for her commit,
            // and this wait runs out first.
            await(bobIsDone, 2);
        }));
        await(aliceHasCoded, 30);
        Future<?> bob = coders.submit(() -> {
            try {
                SignIn.running(application, "tester", () -> sut.codeAs("bob", request(CLEAR)));
            } finally {
                bobIsDone.countDown();
            }
        });
        alice.get(30, TimeUnit.SECONDS);
        bob.get(30, TimeUnit.SECONDS);

        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "select sum(passages) from stance_total where position_id = ?",
                                Long.class,
                                seed.governments().getId()))
                .as("passages counted in the stance totals of the position both coded")
                .isEqualTo(2);
    }

    private CodingRequest request(String phrase) {
        return new CodingRequest(
                seed.messageId(), seed.range(phrase), seed.governments().getId(), StanceQualifier.SUPPORTS, null);
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
