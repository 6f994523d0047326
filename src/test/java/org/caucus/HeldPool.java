package org.caucus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's pool, holding its tasks until the test runs them, on the test's thread and transaction: a page's
 * work on the pool can be looked at while it waits, and then once done.
 */
@TestConfiguration
public class HeldPool {

    @Bean("applicationTaskExecutor")
    @Primary
    public Tasks applicationTaskExecutor() {
        return new Tasks();
    }

    /** The tasks handed to the pool and not yet run. */
    public static final class Tasks implements Executor {

        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable task) {
            waiting.add(task);
        }

        public synchronized void runAll() {
            List<Runnable> now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }
}
