package org.caucus.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two coders save the same passage: the second save is refused with who changed it and when, and nothing is lost. */
@IntegrationTest
@Import(SeedProject.class)
class ConcurrentEditTest {

    private static final String JOANA = "a dialogue without governments is not my perfect view of a";

    @Autowired
    CodingService sut;

    @Autowired
    SeedProject seedProject;

    @Autowired
    PassageHistory history;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    SeedProject.Fixture seed;
    Highlight coded;

    @Autowired
    SecurityContextHolderStrategy security;

    ExecutorService coders;

    @BeforeEach
    void aliceCodesJoana() {
        // the coders' threads work signed in as the test is
        var signedIn =
                new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2), security.getContext());
        signedIn.setSecurityContextHolderStrategy(security);
        coders = signedIn;
        seed = seedProject.create();
        coded = sut.codeAs("alice", request(StanceQualifier.SUPPORTS));
    }

    @AfterEach
    void stopTheCoders() {
        coders.shutdownNow();
    }

    @Test
    void of_two_transactions_saving_at_once_the_one_that_commits_second_is_refused_and_the_first_is_kept()
            throws Exception {
        CountDownLatch bobHasRead = new CountDownLatch(1);
        CountDownLatch aliceHasCommitted = new CountDownLatch(1);

        Future<Highlight> alice = coders.submit(() -> {
            await(bobHasRead);
            try {
                return sut.editAs("alice", coded.id(), coded.version(), request(StanceQualifier.OPPOSES));
            } finally {
                aliceHasCommitted.countDown();
            }
        });
        Future<Highlight> bob = coders.submit(() -> new TransactionTemplate(transactions).execute(status -> {
            // Bob's transaction holds the passage as it was before Alice saved.
            sut.codedPassage(coded.id());
            bobHasRead.countDown();
            await(aliceHasCommitted);
            return sut.editAs("bob", coded.id(), coded.version(), request(StanceQualifier.NEUTRAL));
        }));

        Highlight alices = alice.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> bob.get(30, TimeUnit.SECONDS))
                .as("Bob's save")
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(PassageChangedException.class)
                .hasMessage("This passage was changed by alice at " + alicesSaveTime() + "; reload to see it.");
        assertThat(sut.highlights(seed.messageId()))
                .as("the stored passage is Alice's")
                .containsExactly(alices);
        assertThat(alices.version()).as("one save counted").isEqualTo(coded.version() + 1);
        assertThat(history.ofPassage(coded.id()))
                .as("history: Alice's change and the coding, no trace of Bob's refused save")
                .extracting(PassageChange::kind, PassageChange::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PassageChange.Kind.CHANGED, "alice"),
                        org.assertj.core.groups.Tuple.tuple(PassageChange.Kind.CREATED, "alice"));
    }

    @Test
    void a_save_from_a_version_someone_has_changed_since_is_refused_with_who_and_when() {
        sut.editAs("alice", coded.id(), coded.version(), request(StanceQualifier.OPPOSES));

        assertThatThrownBy(() -> sut.editAs("bob", coded.id(), coded.version(), request(StanceQualifier.NEUTRAL)))
                .as("Bob saves from the passage as he saw it before Alice's change")
                .isInstanceOf(PassageChangedException.class)
                .hasMessage("This passage was changed by alice at " + alicesSaveTime() + "; reload to see it.");
        assertThat(sut.highlights(seed.messageId()))
                .as("Alice's change is kept")
                .singleElement()
                .extracting(Highlight::qualifier)
                .isEqualTo(StanceQualifier.OPPOSES);
    }

    @Test
    void a_save_to_a_passage_someone_deleted_says_who_deleted_it() {
        sut.deleteAs("carol", coded.id(), coded.version());

        assertThatThrownBy(() -> sut.editAs("bob", coded.id(), coded.version(), request(StanceQualifier.NEUTRAL)))
                .isInstanceOf(PassageChangedException.class)
                .hasMessageStartingWith("This passage was deleted by carol at ")
                .hasMessageEndingWith("; reload to see it.");
    }

    private String alicesSaveTime() {
        PassageChange latest = history.ofPassage(coded.id()).getFirst();
        return DateTimeFormatter.ofPattern("HH:mm").format(latest.at().atZone(clock.getZone()));
    }

    private CodingRequest request(StanceQualifier qualifier) {
        return new CodingRequest(
                seed.messageId(), seed.range(JOANA), seed.governments().getId(), qualifier, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other coder never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
