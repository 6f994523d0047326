package org.caucus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.caucus.corpus.ImportCounts;
import org.caucus.corpus.ImportProgress;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final ConsoleProgress sut =
            new ConsoleProgress(new PrintStream(printed, true, StandardCharsets.UTF_8), now::get);

    @Test
    void an_import_into_a_project_holding_messages_says_each_step_and_the_rate_every_few_seconds() {
        sut.readingThreads(33_242);
        sut.readingStoredMessages(33_242);
        now.addAndGet(4 * SECOND);
        sut.storedMessagesRead();
        now.addAndGet(2 * SECOND);
        sut.advanced(new ImportCounts(500, 500, 0, 0, 0), 1, 10);
        now.addAndGet(3 * SECOND);
        sut.advanced(new ImportCounts(5_000, 2_500, 2_500, 0, 0), 3, 10);
        now.addAndGet(1 * SECOND);
        sut.advanced(new ImportCounts(6_000, 3_000, 3_000, 0, 0), 4, 10);
        sut.finishing(ImportProgress.Step.EARLIER_QUOTES, new ImportCounts(20_000, 10_000, 10_000, 0, 0));
        sut.finishing(ImportProgress.Step.THREADS, new ImportCounts(20_000, 10_000, 10_000, 0, 0));

        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .as("the lines printed: the rate counted from the first file, not from the reading back")
                .containsExactly(
                        "Reading the threads of the 33,242 messages the project holds, to place the new ones in them…",
                        "Reading back the 33,242 messages the project holds, so that quotes of them are traced to"
                                + " them…",
                        "Reading the files…",
                        "5,000 messages, 1,000/s, about 0 min 15 s left (file 3 of 10).",
                        "10,000 messages stored. Looking for them in the quotes of messages imported before…",
                        "10,000 messages stored. Placing them in their threads…");
    }
}
