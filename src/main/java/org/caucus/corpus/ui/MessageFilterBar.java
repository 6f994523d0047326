package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.caucus.codebook.PositionChoice;
import org.caucus.corpus.CodedState;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.PastImport;
import org.caucus.corpus.Poster;
import org.caucus.project.Project;

/**
 * The filters of the message list and the search page. Every change by the analyst hands the
 * whole new filter to the listeners; {@link #show} sets it from an address without telling them.
 */
public class MessageFilterBar extends HorizontalLayout {

    private final ComboBox<String> list = new ComboBox<>("List");
    private final ComboBox<Poster> poster = new ComboBox<>("Participant");
    private final DatePicker sentFrom = new DatePicker("Sent from");
    private final DatePicker sentTo = new DatePicker("Sent to");
    private final ComboBox<CodedState> coded = new ComboBox<>("Coded");
    private final ComboBox<PositionChoice> position = new ComboBox<>("Position");
    private final Span thread = new Span();
    private final Button clearThread = new Button("Show all threads");
    private final Span importRun = new Span();
    private final Button clearImport = new Button("Show every import's messages");
    private final List<Consumer<MessageFilter>> listeners = new ArrayList<>();
    private final List<PositionChoice> positions;
    private final CorpusService corpus;
    private final ImportHistory history;
    private final Optional<Project> project;
    private List<String> listNames;
    private MessageFilter filter = MessageFilter.EVERYTHING;
    private boolean showing;

    /**
     * @param history the project's imports, to name the one the filter may narrow to
     * @param positions the codebook's positions, for "coded with this position"
     */
    public MessageFilterBar(
            CorpusService corpus, ImportHistory history, Optional<Project> project, List<PositionChoice> positions) {
        this.corpus = corpus;
        this.history = history;
        this.project = project;
        this.positions = List.copyOf(positions);
        addClassName("message-filters");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        listNames = project.map(corpus::listNames).orElse(List.of());
        list.setItems(listNames);
        list.setClearButtonVisible(true);
        list.addValueChangeListener(change -> changeTo(filter.withListName(change.getValue())));
        // A page of the participants matching what the analyst typed: a project can hold thousands.
        poster.setItemsPageable((pageable, typed) ->
                project.map(shown -> corpus.findPosters(shown, typed, pageable)).orElse(List.of()));
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
        coded.addClassName("coded-filter");
        coded.setItems(CodedState.values());
        coded.setItemLabelGenerator(MessageFilterBar::label);
        coded.setValue(CodedState.ANY);
        coded.setWidth("9rem");
        coded.addValueChangeListener(change -> changeTo(filter.withCoded(change.getValue())));
        position.addClassName("position-filter");
        position.setItems(this.positions);
        position.setItemLabelGenerator(choice -> choice.name() + " (" + choice.issue() + ")");
        position.setClearButtonVisible(true);
        position.setWidth("18rem");
        position.addValueChangeListener(change -> changeTo(filter.withPositionId(
                change.getValue() == null ? null : change.getValue().id())));
        thread.addClassName("thread-filter");
        clearThread.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clearThread.addClickListener(click -> {
            showThread(null, null);
            changeTo(filter.withThreadId(null));
        });
        showThread(null, null);
        importRun.addClassName("import-filter");
        clearImport.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clearImport.addClickListener(click -> {
            showImport(null);
            changeTo(filter.withImportRunId(null));
        });
        showImport(null);
        add(list, poster, sentFrom, sentTo, coded, position, thread, clearThread, importRun, clearImport);
    }

    public MessageFilter value() {
        return filter;
    }

    /** The project's lists, as the list filter offers them. */
    List<String> listNames() {
        return listNames;
    }

    /** Reads the project's lists again, after lists were renamed or merged, and shows the messages of {@code shown}. */
    void listsChanged(String shown) {
        listNames = project.map(corpus::listNames).orElse(List.of());
        list.setItems(listNames);
        list.setValue(listNamed(shown));
    }

    public void addFilterChangeListener(Consumer<MessageFilter> listener) {
        listeners.add(listener);
    }

    /**
     * Shows a filter chosen outside the bar, such as one read from the address, without telling
     * the listeners.
     *
     * @param threadDescription how to name the thread the filter names, or {@code null}
     */
    public void show(MessageFilter chosen, String threadDescription) {
        MessageFilter shown = chosen.withListName(listNamed(chosen.listName()));
        showing = true;
        try {
            list.setValue(shown.listName());
            poster.setValue(poster(shown.posterId()));
            sentFrom.setValue(shown.sentFrom());
            sentTo.setValue(shown.sentTo());
            coded.setValue(shown.coded());
            position.setValue(positions.stream()
                    .filter(choice -> Objects.equals(choice.id(), shown.positionId()))
                    .findFirst()
                    .orElse(null));
            showThread(shown.threadId(), threadDescription);
            showImport(shown.importRunId());
        } finally {
            showing = false;
        }
        filter = shown;
    }

    /**
     * The project's list of that name, whatever its case: an address typed by hand says "twisted-python" for the list
     * the archive calls "Twisted-Python". A name no list has is kept, and shows no messages.
     */
    private String listNamed(String name) {
        return name == null
                ? null
                : listNames.stream().filter(name::equalsIgnoreCase).findFirst().orElse(name);
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

    /** The import the list is narrowed to (an import's report links to its messages), named by what it read. */
    private void showImport(Long runId) {
        importRun.setText(
                runId == null
                        ? ""
                        : "Import: "
                                + project.flatMap(shown -> history.of(shown.getId()).stream()
                                                .filter(run -> run.runId() == runId)
                                                .findFirst())
                                        .map(PastImport::sources)
                                        .orElse("#" + runId));
        importRun.setVisible(runId != null);
        clearImport.setVisible(runId != null);
    }

    private void changeTo(MessageFilter changed) {
        if (showing) {
            return;
        }
        filter = changed;
        listeners.forEach(listener -> listener.accept(changed));
    }

    private Poster poster(Long posterId) {
        if (posterId == null || project.isEmpty()) {
            return null;
        }
        return corpus.participants(project.get()).stream()
                .filter(participant -> participant.getId().equals(posterId))
                .findFirst()
                .map(participant -> new Poster(participant.getId(), participant.getDisplayName()))
                .orElse(null);
    }

    private static String label(CodedState state) {
        return switch (state) {
            case ANY -> "coded or not";
            case CODED -> "coded";
            case UNCODED -> "uncoded";
        };
    }
}
