package org.caucus.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.caucus.account.CurrentAnalyst;
import org.caucus.cli.CodingLoadDebate.CodableMessage;
import org.caucus.cli.CodingLoadDebate.Debate;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.CodingService;
import org.springframework.stereotype.Component;

/**
 * The load check of a team coding at once: simulated coders, each on a thread of its own, code,
 * change and delete passages of a few shared messages through the coding service. First one coder
 * alone (the reference), then the whole team, on the same debate; afterwards the database is
 * compared with the log of the saves the coders were told had succeeded.
 */
@Component
class CodingLoad {

    /** How big the check is. {@code pool} messages of the {@code messages} are the ones all coders work on. */
    record Plan(int coders, double seconds, double referenceSeconds, int messages, int pool, long seed) {

        Plan {
            if (coders < 1 || seconds <= 0 || referenceSeconds <= 0 || messages < 1 || pool < 1 || pool > messages) {
                throw new IllegalArgumentException("a load check needs coders, time, and a pool within the messages");
            }
        }
    }

    /** One phase: how many coders worked for how long, and what they did. */
    record Phase(int coders, double seconds, CoderTally tally) {

        double acknowledgedPerSecond() {
            return tally.acknowledged().size() / seconds;
        }
    }

    record Outcome(
            Debate debate, List<CodableMessage> pool, Phase reference, Phase team, CodingReplay.Verdict verdict) {

        /** Nothing lost, nothing duplicated, nothing unhandled. */
        boolean consistent() {
            return verdict.differences().isEmpty()
                    && reference.tally().failures().isEmpty()
                    && team.tally().failures().isEmpty();
        }
    }

    private final CodingService coding;
    private final CurrentAnalyst analyst;
    private final CodingLoadDebate debates;
    private final CodebookService codebook;
    private final DataSource dataSource;

    CodingLoad(
            CodingService coding,
            CurrentAnalyst analyst,
            CodingLoadDebate debates,
            CodebookService codebook,
            DataSource dataSource) {
        this.coding = coding;
        this.analyst = analyst;
        this.debates = debates;
        this.codebook = codebook;
        this.dataSource = dataSource;
    }

    Outcome run(String projectName, Plan plan) {
        Debate debate = debates.create(projectName, plan.messages());
        List<CodableMessage> pool = new ArrayList<>();
        for (int i = 0; i < plan.pool(); i++) {
            pool.add(debate.messages().get(i * plan.messages() / plan.pool()));
        }
        Map<Long, String> positions = new LinkedHashMap<>();
        debate.positions()
                .forEach(id -> positions.put(
                        id, codebook.findPosition(id).orElseThrow().getName()));
        AtomicLong memos = new AtomicLong();
        Phase reference = phase(1, plan.referenceSeconds(), pool, positions, plan.seed(), memos);
        Phase team = phase(plan.coders(), plan.seconds(), pool, positions, plan.seed() + 1, memos);
        List<AcknowledgedSave> log = new ArrayList<>(reference.tally().acknowledged());
        log.addAll(team.tally().acknowledged());
        CodingReplay.Verdict verdict =
                new CodingReplay(dataSource).check(debate.project().getId(), log);
        return new Outcome(debate, List.copyOf(pool), reference, team, verdict);
    }

    private Phase phase(
            int coders,
            double seconds,
            List<CodableMessage> pool,
            Map<Long, String> positions,
            long seed,
            AtomicLong memos) {
        List<SimulatedCoder> team = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        for (int i = 0; i < coders; i++) {
            CoderSession session = new CoderSession(coding, analyst, "coder-" + (i + 1));
            team.add(new SimulatedCoder(session, pool, positions, deadline, seed * 1_000 + i, memos));
        }
        List<CoderTally> tallies = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(coders)) {
            List<Future<?>> running =
                    team.stream().map(threads::submit).<Future<?>>map(f -> f).toList();
            for (int i = 0; i < coders; i++) {
                tallies.add(team.get(i).tally());
                try {
                    running.get(i).get();
                } catch (ExecutionException ended) {
                    tallies.getLast().failed("coder-" + (i + 1) + " stopped: " + ended.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the coders worked", e);
                }
            }
        }
        return new Phase(coders, (System.nanoTime() - start) / 1e9, CoderTally.sum(tallies));
    }
}
