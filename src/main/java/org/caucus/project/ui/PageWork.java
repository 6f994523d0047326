package org.caucus.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.caucus.shared.WorkWanted;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Work a page asks for that may take long, such as measuring or comparing the coding of thousands of messages, or
 * following every participant's stance in time. Small work is done at once. Larger work runs on the application's
 * pool, signed in as the analyst, so that it does not hold the page; its answer is shown when it comes. Work the page has asked again since, or work of a page the analyst has
 * left, is given up at its next step.
 */
public final class PageWork {

    private final Executor pool;
    // Which request is the latest. Written on the page's thread, read by the pool's while it works.
    private volatile long asked;

    /** @param page the page asking: once it is left, its work is no longer wanted */
    public PageWork(Executor pool, Component page) {
        // The services check who is signed in, which a pool thread does not otherwise know.
        this.pool = new DelegatingSecurityContextExecutor(pool);
        page.addDetachListener(left -> forget());
    }

    /** Forgets the work still under way: it is given up, and its answer will not be shown. */
    public void forget() {
        asked++;
    }

    /**
     * Works out {@code work} at once when {@code atOnce}, else on the pool, and hands its answer to {@code show}, or
     * its failure to {@code failed}, on the page. The work is told whether it is still wanted.
     */
    public <T> void answer(
            boolean atOnce, Function<WorkWanted, T> work, Consumer<T> show, Consumer<RuntimeException> failed) {
        long mine = ++asked;
        WorkWanted wanted = () -> mine == asked;
        if (atOnce) {
            show.accept(work.apply(wanted));
            return;
        }
        UI ui = UI.getCurrent();
        pool.execute(() -> {
            try {
                T answer = work.apply(wanted);
                onPage(ui, wanted, () -> show.accept(answer));
            } catch (RuntimeException e) {
                onPage(ui, wanted, () -> failed.accept(e));
            }
        });
    }

    private static void onPage(UI ui, WorkWanted wanted, Runnable task) {
        try {
            ui.access(() -> {
                if (wanted.stillWanted()) {
                    task.run();
                }
            });
        } catch (UIDetachedException closed) {
            // The analyst closed the page while its work ran: there is nothing to show it on.
        }
    }
}
