package org.caucus.agreement.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Work a page asks for that may take long, such as measuring or comparing the coding of thousands of messages. Small
 * work is done at once. Larger work runs on the application's pool, signed in as the analyst, so that it does not hold
 * the page; its answer is shown when it comes, unless the page has asked again since.
 */
final class PageWork {

    private final Executor pool;
    // Which request is the latest: an answer worked out on the pool for an earlier one is not shown.
    private long asked;

    PageWork(Executor pool) {
        // The services check who is signed in, which a pool thread does not otherwise know.
        this.pool = new DelegatingSecurityContextExecutor(pool);
    }

    /** Forgets the work still under way: its answer will not be shown. */
    void forget() {
        asked++;
    }

    /**
     * Works out {@code work} at once when {@code atOnce}, else on the pool, and hands its answer to {@code show}, or
     * its failure to {@code failed}, on the page.
     */
    <T> void answer(boolean atOnce, Supplier<T> work, Consumer<T> show, Consumer<RuntimeException> failed) {
        long mine = ++asked;
        if (atOnce) {
            show.accept(work.get());
            return;
        }
        UI ui = UI.getCurrent();
        pool.execute(() -> {
            try {
                T answer = work.get();
                ui.access(() -> {
                    if (mine == asked) {
                        show.accept(answer);
                    }
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    if (mine == asked) {
                        failed.accept(e);
                    }
                });
            }
        });
    }
}
