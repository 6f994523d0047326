package org.caucus.project.ui;

import com.vaadin.flow.component.textfield.TextField;

/** Where a project's name is typed: a name the service refuses (blank, or another project's) is said so there. */
final class ProjectNameField {

    private ProjectNameField() {}

    /** Stores the name typed in {@code field}; returns false, with the refusal shown at the field, if refused. */
    static boolean stored(TextField field, Runnable store) {
        try {
            store.run();
        } catch (IllegalArgumentException refused) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            return false;
        }
        field.setInvalid(false);
        return true;
    }
}
