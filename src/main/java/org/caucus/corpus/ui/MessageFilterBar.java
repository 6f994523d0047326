package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.Poster;
import org.springframework.data.domain.Pageable;

/** The message list's filters. Every change hands the whole new filter to the listeners. */
class MessageFilterBar extends HorizontalLayout {

    private final ComboBox<String> list = new ComboBox<>("List");
    private final ComboBox<Poster> poster = new ComboBox<>("Participant");
    private final DatePicker sentFrom = new DatePicker("Sent from");
    private final DatePicker sentTo = new DatePicker("Sent to");
    private final Span thread = new Span();
    private final Button clearThread = new Button("Show all threads");
    private final List<Consumer<MessageFilter>> listeners = new ArrayList<>();
    private MessageFilter filter = MessageFilter.EVERYTHING;

    /**
     * @param posters the participants matching what the analyst typed, a page at a time: a
     *     project can hold thousands, so they are not all loaded up front
     */
    MessageFilterBar(List<String> listNames, ComboBoxBase.SpringData.FetchCallback<Pageable, Poster> posters) {
        addClassName("message-filters");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        list.setItems(listNames);
        list.setClearButtonVisible(true);
        list.addValueChangeListener(change -> changeTo(filter.withListName(change.getValue())));
        poster.setItemsPageable(posters);
        poster.setItemLabelGenerator(Poster::displayName);
        poster.setClearButtonVisible(true);
        poster.addValueChangeListener(change -> changeTo(filter.withPosterId(
                change.getValue() == null ? null : change.getValue().id())));
        sentFrom.setClearButtonVisible(true);
        sentFrom.setHelperText("Days in UTC");
        sentFrom.addValueChangeListener(change -> {
            sentTo.setMin(change.getValue());
            changeTo(filter.withSentFrom(change.getValue()));
        });
        sentTo.setClearButtonVisible(true);
        sentTo.addValueChangeListener(change -> {
            sentFrom.setMax(change.getValue());
            changeTo(filter.withSentTo(change.getValue()));
        });
        thread.addClassName("thread-filter");
        clearThread.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clearThread.addClickListener(click -> {
            showThread(null, null);
            changeTo(filter.withThreadId(null));
        });
        showThread(null, null);
        add(list, poster, sentFrom, sentTo, thread, clearThread);
    }

    MessageFilter value() {
        return filter;
    }

    void addFilterChangeListener(Consumer<MessageFilter> listener) {
        listeners.add(listener);
    }

    /**
     * Narrows the list to one thread, chosen outside the bar (an address or a row's action), and
     * tells the listeners; {@code null} shows every thread again.
     */
    void chooseThread(Long threadId, String description) {
        showThread(threadId, description);
        changeTo(filter.withThreadId(threadId));
    }

    private void showThread(Long threadId, String description) {
        thread.setText(threadId == null ? "" : "Thread: " + description);
        thread.setVisible(threadId != null);
        clearThread.setVisible(threadId != null);
    }

    private void changeTo(MessageFilter changed) {
        filter = changed;
        listeners.forEach(listener -> listener.accept(changed));
    }
}
