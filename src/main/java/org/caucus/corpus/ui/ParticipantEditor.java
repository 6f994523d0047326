package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.ParticipantRow;
import org.caucus.corpus.ParticipantService;
import org.caucus.corpus.StakeholderGroup;

/**
 * Says who the chosen participant is: organisation, stakeholder group and country. Their addresses are listed whole,
 * which the list's column cuts short, with a link to their messages.
 */
class ParticipantEditor extends VerticalLayout {

    private final ParticipantService participants;
    private final Runnable saved;
    private final H3 name = new H3("Choose a participant");
    private final Div addresses = new Div();
    private final RouterLink messages = new RouterLink();
    final TextField organisation = new TextField("Organisation");
    final Select<StakeholderGroup> group = new Select<>();
    final ComboBox<String> country = new ComboBox<>("Country");
    final Button save = new Button("Save");
    private final Span problem = new Span();
    private ParticipantRow chosen;

    /** @param saved called after a change is stored, so that the list shows it */
    ParticipantEditor(ParticipantService participants, Runnable saved) {
        this.participants = participants;
        this.saved = saved;
        addClassName("participant-editor");
        setWidth("22em");
        setPadding(false);
        organisation.setMaxLength(300);
        organisation.setClearButtonVisible(true);
        group.setLabel("Stakeholder group");
        group.setItems(StakeholderGroup.values());
        // The empty choice reaches the label generator too, as null.
        group.setItemLabelGenerator(chosen -> chosen == null ? "Not said" : chosen.label());
        group.setEmptySelectionAllowed(true);
        country.setItems(participants.countries());
        // An ISO code or a name typed without its accents is accepted too; the service names the country.
        country.setAllowCustomValue(true);
        country.addCustomValueSetListener(typed -> country.setValue(typed.getDetail()));
        country.setClearButtonVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        problem.addClassName("editor-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        organisation.setWidthFull();
        group.setWidthFull();
        country.setWidthFull();
        addresses.addClassName("participant-addresses");
        messages.addClassName("participant-messages");
        add(name, addresses, messages, organisation, group, country, save, problem);
        show(null);
    }

    void show(ParticipantRow participant) {
        chosen = participant;
        problem.setText("");
        boolean some = participant != null;
        name.setText(some ? participant.displayName() : "Choose a participant");
        addresses.removeAll();
        // Somebody only quoted by others has no messages of their own to list.
        messages.setVisible(some && participant.messages() > 0);
        if (some) {
            participant.addresses().forEach(address -> addresses.add(new Div(address)));
            messages.setRoute(MessagesView.class);
            messages.setQueryParameters(
                    MessageFilterParameters.of(MessageFilter.EVERYTHING.withPosterId(participant.id()), Map.of()));
            messages.setText(
                    participant.messages() == 1
                            ? "Their message"
                            : "Their %,d messages".formatted(participant.messages()));
        }
        organisation.setValue(some && participant.organisation() != null ? participant.organisation() : "");
        group.setValue(some ? participant.stakeholderGroup() : null);
        country.setValue(some ? participant.country() : null);
        organisation.setEnabled(some);
        group.setEnabled(some);
        country.setEnabled(some);
        save.setEnabled(some);
    }

    private void save() {
        try {
            participants.describe(chosen.id(), organisation.getValue(), group.getValue(), country.getValue());
            problem.setText("");
            saved.run();
        } catch (IllegalArgumentException refused) {
            problem.setText(refused.getMessage());
        }
    }
}
