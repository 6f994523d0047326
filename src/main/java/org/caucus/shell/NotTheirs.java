package org.caucus.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page that reached a project the person does not belong to (a typed or shared address) is
 * answered exactly as a page of a project that does not exist: "not found", never "forbidden",
 * which would tell them it exists.
 */
class NotTheirs extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        event.rerouteToError(NotFoundException.class);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
