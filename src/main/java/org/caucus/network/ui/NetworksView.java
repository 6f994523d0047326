package org.caucus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.network.EdgeListWriter;
import org.caucus.network.GraphMlWriter;
import org.caucus.network.Network;
import org.caucus.network.NetworkKind;
import org.caucus.network.NetworkLevel;
import org.caucus.network.NetworkRequest;
import org.caucus.network.NetworkService;
import org.caucus.network.TieWeight;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;

/**
 * Who agrees and who conflicts with whom: the discourse networks of the project, drawn in the
 * browser, with the passages behind a clicked node and downloads for Gephi, visone and R.
 */
@PermitAll
@Route("networks")
@PageTitle("Networks · Caucus")
class NetworksView extends VerticalLayout {

    /** More ties than a browser lays out in a few seconds; the downloads hold all of them. */
    static final int MAX_TIES_DRAWN = 1500;

    static final int MAX_PASSAGES_LISTED = 100;

    private final NetworkService networks;
    private final ScopeChoicesService choices;
    private final RadioButtonGroup<NetworkKind> kind = radios("Network", NetworkKind.values(), NetworkKind::label);
    private final RadioButtonGroup<NetworkLevel> level = radios("Between", NetworkLevel.values(), NetworkLevel::label);
    private final RadioButtonGroup<TieWeight> weight = radios("Tie weight", TieWeight.values(), TieWeight::label);
    private final RadioButtonGroup<Counting> counting = radios("Count", Counting.values(), Counting::label);
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Paragraph summary = new Paragraph();
    private final NetworkPicture picture = new NetworkPicture();
    private final PassageList passages = new PassageList();
    private Project project;
    private Network network;

    NetworksView(NetworkService networks, OpenProject openProject, ScopeChoicesService choices) {
        this.choices = choices;
        this.networks = networks;
        setSizeFull();
        kind.setValue(NetworkKind.CONGRUENCE);
        level.setValue(NetworkLevel.PARTICIPANTS);
        weight.setValue(TieWeight.POSITIONS);
        counting.setValue(Counting.STATEMENTS);
        counting.setHelperText("Weighs affiliation ties; congruence and conflict count positions");
        summary.addClassName("network-summary");
        from.setWidth("10rem");
        to.setWidth("10rem");
        HorizontalLayout choice = new HorizontalLayout(kind, level, weight);
        // The dates stay side by side when the row wraps.
        HorizontalLayout filters = new HorizontalLayout(counting, new HorizontalLayout(from, to));
        for (HorizontalLayout controls : List.of(choice, filters)) {
            controls.setWrap(true);
            controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        }
        picture.setHeight("560px");
        // Without this the drawing keeps its first width and pushes the passage list off the page's right edge.
        picture.getStyle().set("min-width", "0");
        passages.setWidth("26rem");
        passages.getStyle().set("flex-shrink", "0");
        passages.setHeight("600px");
        HorizontalLayout body = new HorizontalLayout(picture, passages);
        body.setWidthFull();
        body.expand(picture);
        add(new H2("Networks"), choice, filters, summary, body);
        openProject.project().ifPresent(found -> {
            project = found;
            add(downloads());
            kind.addValueChangeListener(change -> refresh());
            level.addValueChangeListener(change -> refresh());
            weight.addValueChangeListener(change -> refresh());
            counting.addValueChangeListener(change -> refresh());
            from.addValueChangeListener(change -> refresh());
            to.addValueChangeListener(change -> refresh());
            picture.addNodeSelectedListener(selected -> showPassages(selected.nodeId()));
            refresh();
        });
    }

    private void refresh() {
        weight.setEnabled(kind.getValue().oneMode());
        passages.clear();
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            network = null;
            summary.setText("The date range ends (" + to.getValue() + ") before it starts (" + from.getValue()
                    + "): choose an end on or after the start.");
            picture.show("");
            return;
        }
        network = networks.network(project, request());
        picture.show(PictureJson.json(network, MAX_TIES_DRAWN));
        summary.setText(describe(network));
    }

    private NetworkRequest request() {
        ComparisonScope scope = new ComparisonScope(
                from.getValue(), to.getValue(), Set.of(), Set.of(), Set.of(), Set.of(), counting.getValue());
        return new NetworkRequest(
                kind.getValue(), level.getValue(), weight.getValue(), choices.visible(project, scope));
    }

    private static String describe(Network network) {
        NetworkRequest request = network.request();
        String actors = request.level().label().toLowerCase(Locale.ROOT);
        String text = request.kind().label() + " network of " + actors + ", "
                + request.kind().meaning() + ": " + network.nodes().size() + " nodes, " + network.tieCount() + " ties.";
        if (network.tieCount() > MAX_TIES_DRAWN) {
            text += " The picture shows the " + MAX_TIES_DRAWN + " heaviest ties; the downloads hold all of them.";
        }
        if (network.nodes().isEmpty()) {
            text += " No coded passage with a known speaker"
                    + (request.level() == NetworkLevel.ORGANISATIONS ? " and an organisation" : "")
                    + " is in these filters.";
        }
        return text;
    }

    private void showPassages(String nodeId) {
        if (network == null) {
            return;
        }
        network.nodes().stream()
                .filter(node -> node.id().equals(nodeId))
                .findFirst()
                .ifPresent(node -> passages.show(
                        node,
                        networks.passages(
                                project,
                                network.request().level(),
                                network.request().scope(),
                                node,
                                MAX_PASSAGES_LISTED),
                        MAX_PASSAGES_LISTED));
    }

    private HorizontalLayout downloads() {
        return new HorizontalLayout(
                download("graphml", "GraphML (Gephi, visone)", "application/graphml+xml", GraphMlWriter::write),
                download("csv", "CSV edge list", "text/csv; charset=UTF-8", EdgeListWriter::write));
    }

    /** A download of the network the controls show now, written when it is clicked. */
    private Anchor download(String extension, String label, String mimeType, BiConsumer<Network, Writer> writer) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    NetworkRequest request = request();
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                        writer.accept(networks.network(project, request), out);
                    }
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes.toByteArray()),
                            fileName(request, extension),
                            mimeType,
                            bytes.size());
                }),
                "");
        anchor.add(new Button(label, VaadinIcon.DOWNLOAD.create()));
        anchor.setId("download-" + extension);
        anchor.addClassName("network-download");
        return anchor;
    }

    static String fileName(NetworkRequest request, String extension) {
        String name = request.kind().name() + "-" + request.level().name()
                + (request.kind().oneMode() && request.weight() == TieWeight.JACCARD ? "-jaccard" : "");
        return name.toLowerCase(Locale.ROOT) + "." + extension;
    }

    private static <T> RadioButtonGroup<T> radios(
            String label, T[] values, com.vaadin.flow.function.SerializableFunction<T, String> itemLabel) {
        RadioButtonGroup<T> radios = new RadioButtonGroup<>(label);
        radios.setItems(values);
        radios.setItemLabelGenerator(itemLabel::apply);
        return radios;
    }
}
