package org.caucus.coding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.caucus.LongCodedMessage;
import org.caucus.ViewTest;
import org.caucus.coding.CodingHistory;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Server side of the reader on a 50 KB message with 300 coded passages: building the view and saving
 * one passage, each against a plain read of the message in the same run. Run with
 * {@code -Dcaucus.benchmark=true}; the browser side is {@code ReaderBenchmarkBrowserIT}.
 */
@Import(LongCodedMessage.class)
@EnabledIfSystemProperty(named = "caucus.benchmark", matches = "true")
class ReaderBenchmarkTest extends ViewTest {

    private static final int WARM_UP = 20;
    private static final int RUNS = 100;

    @Autowired
    LongCodedMessage longMessage;

    @Autowired
    CorpusService corpus;

    @Autowired
    CodingService coding;

    @Test
    void opening_the_reader_and_saving_a_passage_on_a_long_coded_message() {
        LongCodedMessage.Fixture fixture = longMessage.create();

        long[] plainRead = sample(() -> timed(() -> corpus.read(fixture.coded()).orElseThrow()));
        int[] run = {0};
        // a new query each time, so that the router builds the view again rather than staying put
        long[] buildView = sample(() -> timed(() -> UI.getCurrent()
                .navigate("messages/" + fixture.coded(), QueryParameters.of("run", String.valueOf(run[0]++)))));
        assertThat(passagesSent())
                .as("passages sent to the browser")
                .hasSizeGreaterThan(LongCodedMessage.PASSAGES * 50);

        CodingHistory history = new CodingHistory(coding);
        int[] line = {1};
        long[] save = sample(() -> {
            // odd lines carry no passage yet: each save is a new one
            CodingRequest request = new CodingRequest(
                    fixture.coded(),
                    fixture.phraseInLine(line[0], "before the summit"),
                    fixture.positions().getFirst().getId(),
                    StanceQualifier.SUPPORTS,
                    null);
            line[0] += 2;
            return timed(() -> history.code(request));
        });

        report("build the reader view", buildView, plainRead);
        report("save one passage", save, plainRead);
    }

    private static String passagesSent() {
        return _get(PassageReader.class).getElement().getProperty("highlightsJson");
    }

    /** Warm-up runs, then {@value #RUNS} measured ones, in nanoseconds, sorted. */
    private static long[] sample(LongSupplier run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.getAsLong();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = run.getAsLong();
        }
        Arrays.sort(times);
        return times;
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void report(String what, long[] times, long[] reference) {
        double median = times[RUNS / 2] / 1e6;
        double p95 = times[RUNS * 95 / 100 - 1] / 1e6;
        double referenceMedian = reference[RUNS / 2] / 1e6;
        System.out.printf(
                "Reader benchmark: %s: median %.1f ms, p95 %.1f ms over %d; plain read of the message %.2f ms"
                        + " (median); ratio %.1f%n",
                what, median, p95, RUNS, referenceMedian, median / referenceMedian);
    }
}
