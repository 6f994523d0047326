package org.caucus.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.analysis.ComparisonScope;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The exports of the debate in {@link DebateNetworkProject}, read back as Gephi or R would. */
@IntegrationTest
@Import({SeedProject.class, DebateNetworkProject.class})
class NetworkExportTest {

    @Autowired
    NetworkService networks;

    @Autowired
    DebateNetworkProject debate;

    DebateNetworkProject.Fixture fixture;

    @BeforeEach
    void codeTheDebate() {
        fixture = debate.create();
    }

    @Test
    void graphml_of_the_jaccard_congruence_network_reads_back_with_its_nodes_ties_and_weights() {
        Network network = network(NetworkKind.CONGRUENCE, NetworkLevel.PARTICIPANTS, TieWeight.JACCARD);
        StringWriter out = new StringWriter();

        GraphMlWriter.write(network, out);
        ReadBack sut = ReadBack.of(out.toString());

        String jeremy = fixture.node(fixture.jeremy());
        String parminder = fixture.node(fixture.parminder());
        String joana = fixture.node(fixture.joana());
        String gurstein = fixture.node(fixture.gurstein());
        assertThat(sut.graph().vertexSet()).as("nodes").containsExactlyInAnyOrder(jeremy, parminder, joana, gurstein);
        assertThat(sut.graph().edgeSet()).as("ties").hasSize(4);
        assertThat(sut.weight(jeremy, parminder)).as("Jeremy – parminder").isEqualTo(0.75);
        assertThat(sut.weight(joana, parminder)).as("Joana – parminder").isEqualTo(0.2);
        assertThat(sut.weight(jeremy, gurstein)).as("Jeremy – Gurstein").isEqualTo(0.2);
        assertThat(sut.graph().containsEdge(gurstein, parminder))
                .as("no tie between Gurstein and parminder")
                .isFalse();
        assertThat(sut.nodes().get(joana))
                .as("Joana's attributes")
                .containsEntry("name", "Joana Varon")
                .containsEntry("label", "Joana Varon")
                .containsEntry("organisation", "IT for Change")
                .containsEntry("stakeholder_group", "Academia")
                .containsEntry("kind", "participant");
        assertThat(sut.nodes().get(gurstein)).as("Gurstein has no organisation").doesNotContainKey("organisation");
        assertThat(sut.ties().get(List.of(jeremy, parminder)))
                .as("the count behind Jeremy – parminder")
                .containsEntry("count", "3");
    }

    @Test
    void graphml_of_the_organisations_affiliation_network_is_two_mode_with_passages_by_qualifier() {
        Network network = network(NetworkKind.AFFILIATION, NetworkLevel.ORGANISATIONS, TieWeight.POSITIONS);
        StringWriter out = new StringWriter();

        GraphMlWriter.write(network, out);
        ReadBack sut = ReadBack.of(out.toString());

        String itForChange = "organisation-IT_20for_20Change";
        String liaison = fixture.position(fixture.b());
        assertThat(sut.graph().vertexSet())
                .as("2 organisations and 4 positions")
                .hasSize(6);
        assertThat(sut.graph().edgeSet()).as("ties").hasSize(8);
        assertThat(sut.nodes().get(itForChange))
                .as("IT for Change")
                .containsEntry("kind", "organisation")
                .containsEntry("stakeholder_group", "Civil society");
        assertThat(sut.nodes().get(liaison))
                .as("the liaison position")
                .containsEntry("kind", "position")
                .containsEntry("name", "Direct liaison");
        assertThat(sut.weight(itForChange, liaison))
                .as("IT for Change – liaison")
                .isEqualTo(2.0);
        assertThat(sut.ties().get(List.of(itForChange, liaison)))
                .as("parminder supports, Joana opposes")
                .containsEntry("supports", "1")
                .containsEntry("opposes", "1")
                .containsEntry("neutral", "0");
    }

    @Test
    void csv_edge_list_is_rfc_4180_with_a_header_and_one_line_per_tie() throws IOException {
        Network network = network(NetworkKind.CONFLICT, NetworkLevel.PARTICIPANTS, TieWeight.JACCARD);
        StringWriter out = new StringWriter();

        EdgeListWriter.write(network, out);

        String csv = out.toString();
        assertThat(csv).as("line ends").contains("\r\n").doesNotContainPattern("[^\r]\n");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(records).as("ties").hasSize(5);
        CSVRecord joanaParminder = records.stream()
                .filter(record -> record.get("source_name").equals("Joana Varon")
                        && record.get("target_name").equals("parminder"))
                .findFirst()
                .orElseThrow();
        assertThat(joanaParminder.get("source")).as("source id").isEqualTo(fixture.node(fixture.joana()));
        assertThat(Double.parseDouble(joanaParminder.get("weight")))
                .as("2 of 3 positions")
                .isEqualTo(2 / 3.0);
        assertThat(joanaParminder.get("count")).as("disputed positions").isEqualTo("2");
    }

    @Test
    void csv_quotes_names_with_commas_and_quotes() throws IOException {
        Network network = network(NetworkKind.AFFILIATION, NetworkLevel.ORGANISATIONS, TieWeight.POSITIONS);
        NetworkNode awkward = new NetworkNode(
                "organisation-x", NetworkNode.Kind.ORGANISATION, "Jones, \"Smith\" & Co", null, null, null, "x");
        Network renamed = new Network(
                network.request(),
                network.nodes().stream()
                        .map(node -> node.name().equals("IT for Change") ? awkward : node)
                        .toList(),
                network.ties()
                        .mapToInt(tie -> network.nodes().indexOf(tie.source()))
                        .toArray(),
                network.ties()
                        .mapToInt(tie -> network.nodes().indexOf(tie.target()))
                        .toArray(),
                network.ties().mapToLong(Tie::count).toArray(),
                network.ties().mapToDouble(Tie::weight).toArray(),
                network.ties().map(Tie::passages).toArray(Tie.Passages[]::new));
        StringWriter out = new StringWriter();

        EdgeListWriter.write(renamed, out);

        assertThat(out.toString()).as("quoted name").contains(",\"Jones, \"\"Smith\"\" & Co\",");
        assertThat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(out.toString()))
                        .getRecords())
                .as("names read back")
                .extracting(record -> record.get("source_name"))
                .contains("Jones, \"Smith\" & Co");
    }

    private Network network(NetworkKind kind, NetworkLevel level, TieWeight weight) {
        return networks.network(
                fixture.project(), new NetworkRequest(kind, level, weight, ComparisonScope.everything()));
    }

    /** A GraphML file as JGraphT's importer reads it: the graph, and the attributes of nodes and ties. */
    private record ReadBack(
            Graph<String, DefaultWeightedEdge> graph,
            Map<String, Map<String, String>> nodes,
            Map<List<String>, Map<String, String>> ties) {

        static ReadBack of(String graphMl) {
            Map<String, Map<String, String>> nodes = new HashMap<>();
            Map<DefaultWeightedEdge, Map<String, String>> edgeAttributes = new HashMap<>();
            GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
            importer.setVertexFactory(id -> id);
            importer.setEdgeWeightAttributeName("weight");
            importer.addVertexAttributeConsumer(
                    (node, attribute) -> nodes.computeIfAbsent(node.getFirst(), id -> new HashMap<>())
                            .put(node.getSecond(), attribute.getValue()));
            importer.addEdgeAttributeConsumer((edge, attribute) -> edgeAttributes
                    .computeIfAbsent(edge.getFirst(), e -> new HashMap<>())
                    .put(edge.getSecond(), attribute.getValue()));
            Graph<String, DefaultWeightedEdge> graph =
                    new DefaultUndirectedWeightedGraph<>(null, DefaultWeightedEdge::new);
            importer.importGraph(graph, new StringReader(graphMl));
            Map<List<String>, Map<String, String>> ties = new HashMap<>();
            for (DefaultWeightedEdge edge : graph.edgeSet()) {
                ties.put(
                        List.of(graph.getEdgeSource(edge), graph.getEdgeTarget(edge)),
                        edgeAttributes.getOrDefault(edge, Map.of()));
            }
            return new ReadBack(graph, nodes, ties);
        }

        double weight(String source, String target) {
            return graph.getEdgeWeight(graph.getEdge(source, target));
        }
    }
}
