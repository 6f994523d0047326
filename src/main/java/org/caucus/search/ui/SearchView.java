package org.caucus.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ListNamesService;
import org.caucus.corpus.ListTags;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.ui.MessageFilterBar;
import org.caucus.corpus.ui.MessageFilterParameters;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.search.BulkCoding;
import org.caucus.search.HitSpan;
import org.caucus.search.SearchHit;
import org.caucus.search.SearchIndex;
import org.caucus.search.SearchPage;
import org.caucus.search.SearchService;
import org.caucus.shared.Counted;

/**
 * Full-text search as keyword-in-context lines, narrowed by the message list's filters. Chosen
 * hits are coded at once with one position and qualifier, each credited to its own speaker. The
 * words, the filters and the page live in the address ({@code /search?q=liaison&coded=uncoded}).
 */
@PermitAll
@Route("search")
@PageTitle("Search · Caucus")
class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final String WORDS = "q";
    static final String PAGE = "page";
    private static final int PAGE_SIZE = 25;
    private static final int BEFORE = 40;

    private final SearchService search;
    private final SearchIndex index;
    private final BulkCoding bulk;
    private final Optional<Project> project;
    private final TextField words = new TextField();
    private final MessageFilterBar filters;
    private final Span summary = new Span();
    final Grid<SearchHit> hits = new Grid<>();
    private final Button previous = new Button("Previous", VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button("Next", VaadinIcon.ANGLE_RIGHT.create());
    final ComboBox<PositionChoice> position = new ComboBox<>("Position");
    final RadioButtonGroup<StanceQualifier> qualifier = new RadioButtonGroup<>("Qualifier");
    final RadioButtonGroup<HitSpan> span = new RadioButtonGroup<>("Code");
    final Button codeSelected = new Button("Code the selected hits");
    private final Div outcome = new Div();
    private String text = "";
    private int page;
    // While set, the page waits for the index to be whole and then searches again; it waits once at a time.
    private boolean awaitingIndex;

    // The earlier names of renamed lists, whose tags the subjects still carry.
    private final ListTags listTags;

    SearchView(
            SearchService search,
            SearchIndex index,
            BulkCoding bulk,
            CorpusService corpus,
            ImportHistory history,
            CodebookService codebook,
            ListNamesService listNames,
            OpenProject openProject) {
        this.search = search;
        this.index = index;
        this.bulk = bulk;
        this.project = openProject.project();
        this.listTags = project.map(listNames::listTags).orElse(ListTags.NONE);
        setSizeFull();
        List<PositionChoice> positions =
                project.map(shown -> codebook.positions(shown.getId())).orElse(List.of());
        filters = new MessageFilterBar(corpus, history, project, positions);
        filters.addFilterChangeListener(changed -> go(text, 0));
        add(new H2("Search"), searchBar(), filters, summary, configureGrid(), pager(), codingBar(positions), outcome);
    }

    private HorizontalLayout searchBar() {
        words.addClassName("search-words");
        words.setPlaceholder("Words, \"a phrase\", -without, prefix*");
        words.setWidth("32rem");
        words.setClearButtonVisible(true);
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.addKeyPressListener(Key.ENTER, enter -> go(words.getValue(), 0));
        Button find = new Button("Search", click -> go(words.getValue(), 0));
        find.addClassName("search-button");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(words, find);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<SearchHit> configureGrid() {
        hits.addClassName("search-hits");
        hits.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        hits.setSelectionMode(Grid.SelectionMode.MULTI);
        hits.setItemSelectableProvider(SearchHit::inText);
        // A concordance: the context before each hit ends at the same place, so the hits line up.
        hits.addColumn(hit -> tail(hit.before(), BEFORE))
                .setKey("before")
                .setHeader("Before")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("19rem")
                .setFlexGrow(0);
        hits.addComponentColumn(SearchView::match)
                .setKey("hit")
                .setHeader("Hit")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // As wide as the context before, at least: a concordance is read on both sides of the hit.
        hits.addColumn(SearchHit::after)
                .setKey("after")
                .setHeader("After")
                .setWidth("19rem")
                .setFlexGrow(1);
        hits.addColumn(hit -> hit.speaker() == null ? "" : hit.speaker())
                .setKey("speaker")
                .setHeader("Speaker")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(hit -> listTags.removed(hit.subject(), hit.listName()))
                .setKey("subject")
                .setHeader("Subject")
                .setTooltipGenerator(SearchHit::subject)
                .setWidth("16rem")
                .setFlexGrow(0);
        hits.addColumn(hit ->
                        hit.sentAt() == null ? "" : hit.sentAt().toLocalDate().toString())
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(hit -> hit.passages() == 0 ? "uncoded" : hit.passages() + " coded")
                .setKey("coded")
                .setHeader("Message")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addItemDoubleClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate("messages/" + click.getItem().messageId())));
        hits.addSelectionListener(selection -> codeSelected.setText(
                "Code the " + selection.getAllSelectedItems().size() + " selected hits"));
        hits.setSizeFull();
        // The filters above and the coding bar below must not squeeze the hits to a few rows: the page scrolls instead.
        hits.setMinHeight("55vh");
        return hits;
    }

    /** The hit in bold, as text: message text never becomes markup. */
    private static Span match(SearchHit hit) {
        Span match = new Span(hit.match());
        match.addClassName("kwic-match");
        match.getStyle().set("font-weight", "700").set("background", "var(--lumo-primary-color-10pct)");
        return match;
    }

    /** The end of the context before a hit, cut at a word where it is too long for its column. */
    private static String tail(String before, int length) {
        if (before.length() <= length) {
            return before;
        }
        String cut = before.substring(before.length() - length);
        int space = cut.indexOf(' ');
        return "…" + (space >= 0 && space < cut.length() - 1 ? cut.substring(space) : cut);
    }

    private HorizontalLayout pager() {
        previous.addClickListener(click -> go(text, page - 1));
        next.addClickListener(click -> go(text, page + 1));
        next.setIconAfterText(true);
        HorizontalLayout pager = new HorizontalLayout(previous, next);
        pager.addClassName("search-pager");
        return pager;
    }

    private HorizontalLayout codingBar(List<PositionChoice> positions) {
        position.addClassName("bulk-position");
        position.setItems(positions);
        position.setItemLabelGenerator(choice -> choice.name() + " (" + choice.issue() + ")");
        position.setWidth("24rem");
        qualifier.addClassName("bulk-qualifier");
        qualifier.setItems(StanceQualifier.values());
        qualifier.setItemLabelGenerator(StanceQualifier::label);
        qualifier.setValue(StanceQualifier.SUPPORTS);
        span.addClassName("bulk-span");
        span.setItems(HitSpan.values());
        span.setItemLabelGenerator(HitSpan::label);
        span.setValue(HitSpan.SENTENCE);
        codeSelected.addClassName("bulk-code");
        codeSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        codeSelected.addClickListener(click -> codeSelection());
        HorizontalLayout bar = new HorizontalLayout(position, qualifier, span, codeSelected);
        bar.addClassName("bulk-coding");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void codeSelection() {
        outcome.removeAll();
        List<SearchHit> chosen = List.copyOf(hits.getSelectedItems());
        if (chosen.isEmpty() || position.getValue() == null) {
            outcome.add(line("Choose the hits to code with their boxes, and a position.", true));
            return;
        }
        BulkCoding.Outcome done = bulk.code(chosen, position.getValue().id(), qualifier.getValue(), span.getValue());
        outcome.add(line(done.summary(), false));
        done.refused()
                .forEach(refusal -> outcome.add(line(
                        "Message " + refusal.hit().messageId() + ", '"
                                + refusal.hit().match() + "': " + refusal.reason(),
                        true)));
        show();
    }

    private static Paragraph line(String text, boolean refusal) {
        Paragraph line = new Paragraph(text);
        line.addClassName(refusal ? "bulk-refused" : "bulk-done");
        if (refusal) {
            line.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return line;
    }

    /** Moves to another search or page by way of the address, so that the back button returns here. */
    private void go(String newText, int newPage) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put(WORDS, newText == null ? "" : newText.strip());
        if (newPage > 0) {
            state.put(PAGE, String.valueOf(newPage + 1));
        }
        QueryParameters address = MessageFilterParameters.of(filters.value(), state);
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, address));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters address = event.getLocation().getQueryParameters();
        text = address.getSingleParameter(WORDS).orElse("").strip();
        page = address.getSingleParameter(PAGE)
                .flatMap(SearchView::number)
                .map(number -> Math.max(0, number - 1))
                .orElse(0);
        MessageFilter filter = MessageFilterParameters.read(address);
        filters.show(filter, filter.threadId() == null ? null : "#" + filter.threadId());
        words.setValue(text);
        show();
    }

    private void show() {
        SearchPage found = project.map(shown -> search.search(shown, text, filters.value(), page, PAGE_SIZE))
                .orElse(new SearchPage(List.of(), 0, 0, PAGE_SIZE, false));
        hits.deselectAll();
        hits.setItems(found.hits());
        codeSelected.setText("Code the selected hits");
        summary.addClassName("search-summary");
        summary.setText(describe(found));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < found.pages());
        if (found.indexIncomplete() && !awaitingIndex) {
            searchAgainOnceTheIndexIsWhole();
        }
    }

    /**
     * An import's messages are indexed after it reports done, and a rebuilt index fills up over minutes, so an analyst
     * may search before the index is whole: the page then runs the search again when it is, rather than go on saying
     * that results may be missing.
     */
    private void searchAgainOnceTheIndexIsWhole() {
        awaitingIndex = true;
        UI ui = UI.getCurrent();
        index.whole().thenRun(() -> {
            if (ui.isAttached()) {
                ui.access(() -> {
                    awaitingIndex = false;
                    show();
                });
            }
        });
    }

    private String describe(SearchPage found) {
        if (text.isEmpty()) {
            return "Type words to find in the project's messages.";
        }
        String messages = Counted.of(found.messages(), "message");
        String shown = found.messages() == 0
                ? "No message holds '" + text + "' with these filters."
                : messages + " match; page " + (page + 1) + " of " + found.pages() + " shows "
                        + found.hits().size() + " hits.";
        return found.indexIncomplete()
                ? shown + " The search index is still taking in stored messages; some may be missing."
                : shown;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
