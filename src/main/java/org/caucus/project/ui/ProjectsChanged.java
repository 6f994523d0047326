package org.caucus.project.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A project was opened, renamed or deleted on this UI's Projects page, which stays on screen: the frame that names
 * the open project listens for it, since no navigation tells it.
 */
public class ProjectsChanged extends ComponentEvent<UI> {

    ProjectsChanged(UI ui) {
        super(ui, false);
    }

    /** Tells this UI's listeners. */
    public static void fire() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new ProjectsChanged(ui));
    }
}
