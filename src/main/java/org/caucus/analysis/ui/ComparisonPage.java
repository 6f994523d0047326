package org.caucus.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.ScopeParameters;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;

/**
 * What every comparison page has: the links between them, the shared filters, and the query read
 * from the address. A change of filter navigates to the same page with the new address, so the
 * address always says what the page shows.
 */
abstract class ComparisonPage extends VerticalLayout implements BeforeEnterObserver {

    private static final String EXPORTS = "exports";
    private static final String EXPORTS_NEW = "new";

    private final OpenProject openProject;
    private final ScopeChoicesService choices;
    private final String title;

    ComparisonPage(OpenProject openProject, ScopeChoicesService choices, String title) {
        this.openProject = openProject;
        this.choices = choices;
        this.title = title;
        setWidthFull();
    }

    /** What the filters offer, for a page that offers more choices of its own. */
    protected ScopeChoicesService choices() {
        return choices;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ComparisonQuery query = ComparisonQuery.parse(event.getLocation().getQueryParameters());
        removeAll();
        add(new H2(title), pageLinks(query));
        openProject
                .project()
                .ifPresentOrElse(
                        project -> {
                            ComparisonQuery visible = query.withScope(choices.visible(project, query.scope()));
                            add(new ScopeBar(choices, project, visible, this::go));
                            query.problems().forEach(problem -> {
                                Paragraph warning = new Paragraph("Address: " + problem + ".");
                                warning.addClassName("query-problem");
                                add(warning);
                            });
                            if (!visible.scope().equals(query.scope())) {
                                Paragraph blind = new Paragraph("Blind coding: these pages count your own passages"
                                        + " only, until the project's owner reveals everyone's.");
                                blind.addClassName("blind-note");
                                add(blind);
                            }
                            show(project, visible);
                        },
                        () -> add(new Paragraph("There is no project yet: import an archive first.")));
    }

    /** Adds the page's own content for this query. */
    abstract void show(Project project, ComparisonQuery query);

    void go(ComparisonQuery query) {
        UI.getCurrent().navigate(getClass(), query.toParameters());
    }

    private static Component pageLinks(ComparisonQuery query) {
        HorizontalLayout links = new HorizontalLayout(
                link("Matrix", ComparisonView.class, query),
                link("Issue", IssueView.class, query),
                link("Over time", TimelineView.class, query),
                link("Co-occurrence", CoOccurrenceView.class, query));
        links.addClassName("comparison-pages");
        HorizontalLayout bar = new HorizontalLayout(links, exportButton(query));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    /**
     * Opens the export dialog on the Exports page with this page's filters, so that the workbook
     * covers what the page shows. The route is named rather than linked by class: the export
     * module depends on this one, not the other way round.
     */
    private static Button exportButton(ComparisonQuery query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(Map.of(EXPORTS_NEW, List.of("")));
        ScopeParameters.put(query.scope(), parameters);
        Button export = new Button(
                "Export these filters…",
                VaadinIcon.DOWNLOAD.create(),
                click -> UI.getCurrent().navigate(EXPORTS, new QueryParameters(parameters)));
        export.setId("export-scope");
        return export;
    }

    private static RouterLink link(String text, Class<? extends ComparisonPage> page, ComparisonQuery query) {
        RouterLink link = new RouterLink(text, page);
        link.setQueryParameters(query.toParameters());
        return link;
    }
}
