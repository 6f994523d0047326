package org.caucus.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere: mistyped, or naming a message, thread or project that is not there or not theirs
 * (see {@link NotTheirs}, which answers alike so as not to tell which). Said inside the frame, so that the way on is
 * one click away; Vaadin's own answer is a bare line of text.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class PageNotFound extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Paragraph what = new Paragraph("Nothing is at “/" + event.getLocation().getPath()
                + "”: no page has that address, or what it names is not in a project of yours.");
        what.addClassName("page-not-found");
        add(new H2("Not found"), what, new Anchor("./", "Go to the messages"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
