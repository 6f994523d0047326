package org.caucus.network;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes a network as GraphML, which Gephi and visone open. Nodes carry their name (also as
 * {@code label}, which Gephi shows), organisation, stakeholder group, country and kind; ties carry
 * {@code weight} and the {@code count} it came from, and in the affiliation network the passages by
 * qualifier.
 */
public final class GraphMlWriter {

    private GraphMlWriter() {}

    public static void write(Network network, Writer out) {
        GraphMLExporter<NetworkNode, Tie> exporter = new GraphMLExporter<>(NetworkNode::id);
        exporter.setExportEdgeWeights(true);
        for (String key : new String[] {"label", "name", "organisation", "stakeholder_group", "country", "kind"}) {
            exporter.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("count", AttributeCategory.EDGE, AttributeType.LONG);
        boolean withPassages = !network.request().kind().oneMode();
        if (withPassages) {
            for (String key : new String[] {"supports", "opposes", "neutral"}) {
                exporter.registerAttribute(key, AttributeCategory.EDGE, AttributeType.LONG);
            }
        }
        exporter.setVertexAttributeProvider(GraphMlWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(GraphMlWriter::tieAttributes);
        exporter.exportGraph(network.graph(), out);
    }

    private static Map<String, Attribute> nodeAttributes(NetworkNode node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.name()));
        attributes.put("name", DefaultAttribute.createAttribute(node.name()));
        if (node.organisation() != null) {
            attributes.put("organisation", DefaultAttribute.createAttribute(node.organisation()));
        }
        if (node.stakeholderGroup() != null) {
            attributes.put(
                    "stakeholder_group",
                    DefaultAttribute.createAttribute(node.stakeholderGroup().label()));
        }
        if (node.country() != null) {
            attributes.put("country", DefaultAttribute.createAttribute(node.country()));
        }
        attributes.put("kind", DefaultAttribute.createAttribute(node.kind().label()));
        return attributes;
    }

    private static Map<String, Attribute> tieAttributes(Tie tie) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("count", DefaultAttribute.createAttribute(tie.count()));
        if (tie.passages() != null) {
            attributes.put(
                    "supports", DefaultAttribute.createAttribute(tie.passages().supports()));
            attributes.put(
                    "opposes", DefaultAttribute.createAttribute(tie.passages().opposes()));
            attributes.put(
                    "neutral", DefaultAttribute.createAttribute(tie.passages().neutral()));
        }
        return attributes;
    }
}
