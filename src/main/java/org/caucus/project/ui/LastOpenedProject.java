package org.caucus.project.ui;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.springframework.stereotype.Component;

/**
 * The project a person opened last, in any tab of their browser session: where a tab they open next, or reload,
 * starts. Each tab then keeps its own {@link OpenProject}.
 */
@Component
@VaadinSessionScope
class LastOpenedProject {

    private Long id;

    Long id() {
        return id;
    }

    void opened(long projectId) {
        id = projectId;
    }
}
