package org.caucus.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.caucus.ViewTest;
import org.caucus.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * An analyst who searches right after an import, while its messages are still being indexed: the page says so, and
 * searches again by itself once they are. The index stands in here, so that the test says when indexing ends.
 */
class SearchWhileIndexingViewTest extends ViewTest {

    @MockitoBean
    SearchIndex index;

    @Test
    void the_page_searches_again_once_the_imports_are_indexed_and_stops_saying_results_may_be_missing() {
        CompletableFuture<Void> indexed = new CompletableFuture<>();
        when(index.incomplete()).thenReturn(true);
        when(index.whole()).thenReturn(indexed);

        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", "Brazil")));
        String whileIndexing = summary();
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", "Brazil", "page", "1")));

        assertThat(whileIndexing).as("summary while indexing").contains("some may be missing");
        when(index.incomplete()).thenReturn(false);
        indexed.complete(null);
        MockVaadin.clientRoundtrip(false);

        // Whether this context's index holds the Demo depends on the tests run before it, so the count is not asked.
        assertThat(summary())
                .as("summary once indexed")
                .doesNotContain("some may be missing")
                .doesNotStartWith("Type words");
        verify(index, times(1)).whole();
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withClasses("search-summary")).getText();
    }
}
